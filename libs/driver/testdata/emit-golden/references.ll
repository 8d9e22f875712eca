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
  %67 = load i64, i64* %lowEnd, align 8
  %68 = load i64, i64* %highEnd, align 8
  %69 = call i64 @llvm.umax.i64(i64 %67, i64 %43)
  %70 = select i1 %66, i64 %69, i64 %67
  store i64 %70, i64* %lowEnd, align 8
  %71 = call i64 @llvm.umax.i64(i64 %68, i64 %43)
  %72 = select i1 %66, i64 %68, i64 %71
  store i64 %72, i64* %highEnd, align 8
  %73 = load i64, i64* %lowStart, align 8
  %74 = call i64 @llvm.umin.i64(i64 %73, i64 %42)
  store i64 %74, i64* %lowStart, align 8
  br label %write.ok

trap17.site1:                                     ; preds = %write.slow
  %75 = load i64, i64* %lowStart, align 8
  %76 = getelementptr i64, i64* %regs, i64 6
  store i64 %75, i64* %76, align 8
  %77 = load i64, i64* %lowEnd, align 8
  %78 = getelementptr i64, i64* %regs, i64 7
  store i64 %77, i64* %78, align 8
  %79 = load i64, i64* %highEnd, align 8
  %80 = getelementptr i64, i64* %regs, i64 8
  store i64 %79, i64* %80, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable

ok4:                                              ; preds = %write.ok
  %81 = getelementptr i8, i8* %mem, i64 %63
  %82 = load i8, i8* %81, align 1
  %83 = zext i8 %82 to i32
  %84 = icmp eq i32 %83, 0
  %85 = zext i1 %84 to i32
  %86 = icmp ne i32 %85, 0
  br i1 %86, label %then, label %else

trap17.site0:                                     ; preds = %write.slow105, %write.slow99, %write.slow90, %write.ok81, %e11, %e9, %write.ok58, %write.slow57, %write.slow52, %join41, %then39, %ok35, %write.ok32, %write.slow31, %write.slow24, %write.slow17, %write.slow12, %write.slow8, %write.ok
  %87 = load i64, i64* %lowStart, align 8
  %88 = getelementptr i64, i64* %regs, i64 6
  store i64 %87, i64* %88, align 8
  %89 = load i64, i64* %lowEnd, align 8
  %90 = getelementptr i64, i64* %regs, i64 7
  store i64 %89, i64* %90, align 8
  %91 = load i64, i64* %highEnd, align 8
  %92 = getelementptr i64, i64* %regs, i64 8
  store i64 %91, i64* %92, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

then:                                             ; preds = %ok4
  %93 = load i32, i32* %dict, align 4
  %94 = icmp uge i32 %depth, 1000
  br i1 %94, label %trap15.site2, label %ok5

else:                                             ; preds = %ok4
  br label %join

join:                                             ; preds = %else, %stack_ok
  %95 = getelementptr i64, i64* %regs, i64 1
  %96 = getelementptr i64, i64* %regs, i64 2
  %97 = load i64, i64* %95, align 8
  %98 = add i64 %97, 3
  %99 = and i64 %98, -4
  %100 = add i64 %99, 8
  %101 = load i64, i64* %96, align 8
  %102 = icmp ugt i64 %100, %101
  br i1 %102, label %trap15.site3, label %ok6

ok5:                                              ; preds = %then
  %103 = icmp ult i64 %10, %stack_limit
  br i1 %103, label %trap253.site0, label %stack_ok

trap15.site2:                                     ; preds = %then
  %104 = load i64, i64* %lowStart, align 8
  %105 = getelementptr i64, i64* %regs, i64 6
  store i64 %104, i64* %105, align 8
  %106 = load i64, i64* %lowEnd, align 8
  %107 = getelementptr i64, i64* %regs, i64 7
  store i64 %106, i64* %107, align 8
  %108 = load i64, i64* %highEnd, align 8
  %109 = getelementptr i64, i64* %regs, i64 8
  store i64 %108, i64* %109, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 2)
  unreachable

stack_ok:                                         ; preds = %ok5
  %110 = load i64, i64* %fuel, align 8
  %111 = getelementptr i64, i64* %regs, i64 0
  store i64 %110, i64* %111, align 8
  %112 = load i64, i64* %lowStart, align 8
  %113 = getelementptr i64, i64* %regs, i64 6
  store i64 %112, i64* %113, align 8
  %114 = load i64, i64* %lowEnd, align 8
  %115 = getelementptr i64, i64* %regs, i64 7
  store i64 %114, i64* %115, align 8
  %116 = load i64, i64* %highEnd, align 8
  %117 = getelementptr i64, i64* %regs, i64 8
  store i64 %116, i64* %117, align 8
  %118 = add i32 %depth, 1
  call void @m0.field.rate(i64* %regs, i8* %mem, i32 %118, i32 %93)
  %119 = getelementptr i64, i64* %regs, i64 0
  %120 = load i64, i64* %119, align 8
  store i64 %120, i64* %fuel, align 8
  %121 = getelementptr i64, i64* %regs, i64 6
  %122 = load i64, i64* %121, align 8
  store i64 %122, i64* %lowStart, align 8
  %123 = getelementptr i64, i64* %regs, i64 7
  %124 = load i64, i64* %123, align 8
  store i64 %124, i64* %lowEnd, align 8
  %125 = getelementptr i64, i64* %regs, i64 8
  %126 = load i64, i64* %125, align 8
  store i64 %126, i64* %highEnd, align 8
  br label %join

trap253.site0:                                    ; preds = %ok109, %ok65, %ok46, %ok28, %ok5
  %127 = load i64, i64* %lowStart, align 8
  %128 = getelementptr i64, i64* %regs, i64 6
  store i64 %127, i64* %128, align 8
  %129 = load i64, i64* %lowEnd, align 8
  %130 = getelementptr i64, i64* %regs, i64 7
  store i64 %129, i64* %130, align 8
  %131 = load i64, i64* %highEnd, align 8
  %132 = getelementptr i64, i64* %regs, i64 8
  store i64 %131, i64* %132, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok6:                                              ; preds = %join
  store i64 %100, i64* %95, align 8
  %133 = load i64, i64* %highEnd, align 8
  %134 = call i64 @llvm.umax.i64(i64 %133, i64 %100)
  store i64 %134, i64* %highEnd, align 8
  %135 = trunc i64 %99 to i32
  store i32 %135, i32* %closure, align 4
  %136 = load i32, i32* %closure, align 4
  %137 = zext i32 %136 to i64
  %138 = add i64 %137, 4
  %139 = icmp uge i64 %137, %scratch_start
  %140 = load i64, i64* %highEnd, align 8
  %141 = icmp ule i64 %138, %140
  %142 = and i1 %139, %141
  br i1 %142, label %write.ok9, label %write.low7

trap15.site3:                                     ; preds = %join
  %143 = load i64, i64* %lowStart, align 8
  %144 = getelementptr i64, i64* %regs, i64 6
  store i64 %143, i64* %144, align 8
  %145 = load i64, i64* %lowEnd, align 8
  %146 = getelementptr i64, i64* %regs, i64 7
  store i64 %145, i64* %146, align 8
  %147 = load i64, i64* %highEnd, align 8
  %148 = getelementptr i64, i64* %regs, i64 8
  store i64 %147, i64* %148, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 3)
  unreachable

write.low7:                                       ; preds = %ok6
  %149 = load i64, i64* %lowStart, align 8
  %150 = icmp uge i64 %137, %149
  %151 = load i64, i64* %lowEnd, align 8
  %152 = icmp ule i64 %138, %151
  %153 = and i1 %150, %152
  br i1 %153, label %write.ok9, label %write.slow8

write.slow8:                                      ; preds = %write.low7
  %154 = icmp ugt i64 %138, %arena_size
  br i1 %154, label %trap17.site0, label %ok10

write.ok9:                                        ; preds = %ok10, %write.low7, %ok6
  %155 = getelementptr i8, i8* %mem, i64 %137
  store i32 0, i32* %unaligned, align 4
  %156 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %155, i8* %156, i64 4, i1 false)
  %157 = load i32, i32* %closure, align 4
  %158 = load i32, i32* %dict, align 4
  %159 = zext i32 %157 to i64
  %160 = add i64 %159, 4
  %161 = add i64 %160, 4
  %162 = icmp uge i64 %160, %scratch_start
  %163 = load i64, i64* %highEnd, align 8
  %164 = icmp ule i64 %161, %163
  %165 = and i1 %162, %164
  br i1 %165, label %write.ok13, label %write.low11

ok10:                                             ; preds = %write.slow8
  %166 = icmp ult i64 %137, %scratch_start
  %167 = load i64, i64* %lowEnd, align 8
  %168 = load i64, i64* %highEnd, align 8
  %169 = call i64 @llvm.umax.i64(i64 %167, i64 %138)
  %170 = select i1 %166, i64 %169, i64 %167
  store i64 %170, i64* %lowEnd, align 8
  %171 = call i64 @llvm.umax.i64(i64 %168, i64 %138)
  %172 = select i1 %166, i64 %168, i64 %171
  store i64 %172, i64* %highEnd, align 8
  %173 = load i64, i64* %lowStart, align 8
  %174 = call i64 @llvm.umin.i64(i64 %173, i64 %137)
  store i64 %174, i64* %lowStart, align 8
  br label %write.ok9

write.low11:                                      ; preds = %write.ok9
  %175 = load i64, i64* %lowStart, align 8
  %176 = icmp uge i64 %160, %175
  %177 = load i64, i64* %lowEnd, align 8
  %178 = icmp ule i64 %161, %177
  %179 = and i1 %176, %178
  br i1 %179, label %write.ok13, label %write.slow12

write.slow12:                                     ; preds = %write.low11
  %180 = icmp ugt i64 %161, %arena_size
  br i1 %180, label %trap17.site0, label %ok14

write.ok13:                                       ; preds = %ok14, %write.low11, %write.ok9
  %181 = getelementptr i8, i8* %mem, i64 %160
  store i32 %158, i32* %unaligned15, align 4
  %182 = bitcast i32* %unaligned15 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %181, i8* %182, i64 4, i1 false)
  %183 = load i32, i32* %dict, align 4
  %184 = load i32, i32* %closure, align 4
  %185 = zext i32 %183 to i64
  %186 = add i64 %185, 8
  %187 = add i64 %186, 4
  %188 = icmp uge i64 %186, %scratch_start
  %189 = load i64, i64* %highEnd, align 8
  %190 = icmp ule i64 %187, %189
  %191 = and i1 %188, %190
  br i1 %191, label %write.ok18, label %write.low16

ok14:                                             ; preds = %write.slow12
  %192 = icmp ult i64 %160, %scratch_start
  %193 = load i64, i64* %lowEnd, align 8
  %194 = load i64, i64* %highEnd, align 8
  %195 = call i64 @llvm.umax.i64(i64 %193, i64 %161)
  %196 = select i1 %192, i64 %195, i64 %193
  store i64 %196, i64* %lowEnd, align 8
  %197 = call i64 @llvm.umax.i64(i64 %194, i64 %161)
  %198 = select i1 %192, i64 %194, i64 %197
  store i64 %198, i64* %highEnd, align 8
  %199 = load i64, i64* %lowStart, align 8
  %200 = call i64 @llvm.umin.i64(i64 %199, i64 %160)
  store i64 %200, i64* %lowStart, align 8
  br label %write.ok13

write.low16:                                      ; preds = %write.ok13
  %201 = load i64, i64* %lowStart, align 8
  %202 = icmp uge i64 %186, %201
  %203 = load i64, i64* %lowEnd, align 8
  %204 = icmp ule i64 %187, %203
  %205 = and i1 %202, %204
  br i1 %205, label %write.ok18, label %write.slow17

write.slow17:                                     ; preds = %write.low16
  %206 = icmp ugt i64 %187, %arena_size
  br i1 %206, label %trap17.site0, label %ok19

write.ok18:                                       ; preds = %ok19, %write.low16, %write.ok13
  %207 = getelementptr i8, i8* %mem, i64 %186
  store i32 %184, i32* %unaligned20, align 4
  %208 = bitcast i32* %unaligned20 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %207, i8* %208, i64 4, i1 false)
  %209 = getelementptr i64, i64* %regs, i64 1
  %210 = getelementptr i64, i64* %regs, i64 2
  %211 = load i64, i64* %209, align 8
  %212 = add i64 %211, 7
  %213 = and i64 %212, -8
  %214 = add i64 %213, 24
  %215 = load i64, i64* %210, align 8
  %216 = icmp ugt i64 %214, %215
  br i1 %216, label %trap15.site4, label %ok22

ok19:                                             ; preds = %write.slow17
  %217 = icmp ult i64 %186, %scratch_start
  %218 = load i64, i64* %lowEnd, align 8
  %219 = load i64, i64* %highEnd, align 8
  %220 = call i64 @llvm.umax.i64(i64 %218, i64 %187)
  %221 = select i1 %217, i64 %220, i64 %218
  store i64 %221, i64* %lowEnd, align 8
  %222 = call i64 @llvm.umax.i64(i64 %219, i64 %187)
  %223 = select i1 %217, i64 %219, i64 %222
  store i64 %223, i64* %highEnd, align 8
  %224 = load i64, i64* %lowStart, align 8
  %225 = call i64 @llvm.umin.i64(i64 %224, i64 %186)
  store i64 %225, i64* %lowStart, align 8
  br label %write.ok18

e1:                                               ; preds = %write.ok53
  %226 = load i32, i32* %result21, align 4
  store i32 %226, i32* %totals, align 4
  %227 = load i32, i32* %dict, align 4
  %228 = load i32, i32* %totals, align 4
  %229 = zext i32 %227 to i64
  %230 = add i64 %229, 12
  %231 = add i64 %230, 4
  %232 = icmp uge i64 %230, %scratch_start
  %233 = load i64, i64* %highEnd, align 8
  %234 = icmp ule i64 %231, %233
  %235 = and i1 %232, %234
  br i1 %235, label %write.ok58, label %write.low56

ok22:                                             ; preds = %write.ok18
  store i64 %214, i64* %209, align 8
  %236 = load i64, i64* %highEnd, align 8
  %237 = call i64 @llvm.umax.i64(i64 %236, i64 %214)
  store i64 %237, i64* %highEnd, align 8
  %238 = trunc i64 %213 to i32
  store i32 %238, i32* %dict.1, align 4
  store i64 10, i64* %base, align 8
  %239 = load i32, i32* %dict.1, align 4
  %240 = load i64, i64* %base, align 8
  %241 = zext i32 %239 to i64
  %242 = add i64 %241, 8
  %243 = icmp uge i64 %241, %scratch_start
  %244 = load i64, i64* %highEnd, align 8
  %245 = icmp ule i64 %242, %244
  %246 = and i1 %243, %245
  br i1 %246, label %write.ok25, label %write.low23

trap15.site4:                                     ; preds = %write.ok18
  %247 = load i64, i64* %lowStart, align 8
  %248 = getelementptr i64, i64* %regs, i64 6
  store i64 %247, i64* %248, align 8
  %249 = load i64, i64* %lowEnd, align 8
  %250 = getelementptr i64, i64* %regs, i64 7
  store i64 %249, i64* %250, align 8
  %251 = load i64, i64* %highEnd, align 8
  %252 = getelementptr i64, i64* %regs, i64 8
  store i64 %251, i64* %252, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

write.low23:                                      ; preds = %ok22
  %253 = load i64, i64* %lowStart, align 8
  %254 = icmp uge i64 %241, %253
  %255 = load i64, i64* %lowEnd, align 8
  %256 = icmp ule i64 %242, %255
  %257 = and i1 %254, %256
  br i1 %257, label %write.ok25, label %write.slow24

write.slow24:                                     ; preds = %write.low23
  %258 = icmp ugt i64 %242, %arena_size
  br i1 %258, label %trap17.site0, label %ok26

write.ok25:                                       ; preds = %ok26, %write.low23, %ok22
  %259 = getelementptr i8, i8* %mem, i64 %241
  store i64 %240, i64* %unaligned27, align 8
  %260 = bitcast i64* %unaligned27 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %259, i8* %260, i64 8, i1 false)
  %261 = load i32, i32* %dict, align 4
  %262 = load i64, i64* %base, align 8
  %263 = icmp uge i32 %depth, 1000
  br i1 %263, label %trap15.site5, label %ok28

ok26:                                             ; preds = %write.slow24
  %264 = icmp ult i64 %241, %scratch_start
  %265 = load i64, i64* %lowEnd, align 8
  %266 = load i64, i64* %highEnd, align 8
  %267 = call i64 @llvm.umax.i64(i64 %265, i64 %242)
  %268 = select i1 %264, i64 %267, i64 %265
  store i64 %268, i64* %lowEnd, align 8
  %269 = call i64 @llvm.umax.i64(i64 %266, i64 %242)
  %270 = select i1 %264, i64 %266, i64 %269
  store i64 %270, i64* %highEnd, align 8
  %271 = load i64, i64* %lowStart, align 8
  %272 = call i64 @llvm.umin.i64(i64 %271, i64 %241)
  store i64 %272, i64* %lowStart, align 8
  br label %write.ok25

ok28:                                             ; preds = %write.ok25
  %273 = icmp ult i64 %10, %stack_limit
  br i1 %273, label %trap253.site0, label %stack_ok29

trap15.site5:                                     ; preds = %write.ok25
  %274 = load i64, i64* %lowStart, align 8
  %275 = getelementptr i64, i64* %regs, i64 6
  store i64 %274, i64* %275, align 8
  %276 = load i64, i64* %lowEnd, align 8
  %277 = getelementptr i64, i64* %regs, i64 7
  store i64 %276, i64* %277, align 8
  %278 = load i64, i64* %highEnd, align 8
  %279 = getelementptr i64, i64* %regs, i64 8
  store i64 %278, i64* %279, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

stack_ok29:                                       ; preds = %ok28
  %280 = load i64, i64* %fuel, align 8
  %281 = getelementptr i64, i64* %regs, i64 0
  store i64 %280, i64* %281, align 8
  %282 = load i64, i64* %lowStart, align 8
  %283 = getelementptr i64, i64* %regs, i64 6
  store i64 %282, i64* %283, align 8
  %284 = load i64, i64* %lowEnd, align 8
  %285 = getelementptr i64, i64* %regs, i64 7
  store i64 %284, i64* %285, align 8
  %286 = load i64, i64* %highEnd, align 8
  %287 = getelementptr i64, i64* %regs, i64 8
  store i64 %286, i64* %287, align 8
  %288 = add i32 %depth, 1
  %289 = call i64 @m0.fn.scale(i64* %regs, i8* %mem, i32 %288, i32 %261, i64 %262)
  %290 = getelementptr i64, i64* %regs, i64 0
  %291 = load i64, i64* %290, align 8
  store i64 %291, i64* %fuel, align 8
  %292 = getelementptr i64, i64* %regs, i64 6
  %293 = load i64, i64* %292, align 8
  store i64 %293, i64* %lowStart, align 8
  %294 = getelementptr i64, i64* %regs, i64 7
  %295 = load i64, i64* %294, align 8
  store i64 %295, i64* %lowEnd, align 8
  %296 = getelementptr i64, i64* %regs, i64 8
  %297 = load i64, i64* %296, align 8
  store i64 %297, i64* %highEnd, align 8
  store i64 %289, i64* %scaled, align 8
  %298 = load i32, i32* %dict.1, align 4
  %299 = load i64, i64* %scaled, align 8
  %300 = zext i32 %298 to i64
  %301 = add i64 %300, 8
  %302 = add i64 %301, 8
  %303 = icmp uge i64 %301, %scratch_start
  %304 = load i64, i64* %highEnd, align 8
  %305 = icmp ule i64 %302, %304
  %306 = and i1 %303, %305
  br i1 %306, label %write.ok32, label %write.low30

write.low30:                                      ; preds = %stack_ok29
  %307 = load i64, i64* %lowStart, align 8
  %308 = icmp uge i64 %301, %307
  %309 = load i64, i64* %lowEnd, align 8
  %310 = icmp ule i64 %302, %309
  %311 = and i1 %308, %310
  br i1 %311, label %write.ok32, label %write.slow31

write.slow31:                                     ; preds = %write.low30
  %312 = icmp ugt i64 %302, %arena_size
  br i1 %312, label %trap17.site0, label %ok33

write.ok32:                                       ; preds = %ok33, %write.low30, %stack_ok29
  %313 = getelementptr i8, i8* %mem, i64 %301
  store i64 %299, i64* %unaligned34, align 8
  %314 = bitcast i64* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %313, i8* %314, i64 8, i1 false)
  %315 = load i32, i32* %dict, align 4
  %316 = zext i32 %315 to i64
  %317 = add i64 %316, 8
  %318 = icmp ugt i64 %317, %arena_size
  br i1 %318, label %trap17.site0, label %ok35

ok33:                                             ; preds = %write.slow31
  %319 = icmp ult i64 %301, %scratch_start
  %320 = load i64, i64* %lowEnd, align 8
  %321 = load i64, i64* %highEnd, align 8
  %322 = call i64 @llvm.umax.i64(i64 %320, i64 %302)
  %323 = select i1 %319, i64 %322, i64 %320
  store i64 %323, i64* %lowEnd, align 8
  %324 = call i64 @llvm.umax.i64(i64 %321, i64 %302)
  %325 = select i1 %319, i64 %321, i64 %324
  store i64 %325, i64* %highEnd, align 8
  %326 = load i64, i64* %lowStart, align 8
  %327 = call i64 @llvm.umin.i64(i64 %326, i64 %301)
  store i64 %327, i64* %lowStart, align 8
  br label %write.ok32

ok35:                                             ; preds = %write.ok32
  %328 = getelementptr i8, i8* %mem, i64 %316
  %329 = bitcast i64* %unaligned36 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %329, i8* %328, i64 8, i1 false)
  %330 = load i64, i64* %unaligned36, align 8
  %331 = load i32, i32* %dict, align 4
  %332 = zext i32 %331 to i64
  %333 = add i64 %332, 33
  %334 = add i64 %333, 1
  %335 = icmp ugt i64 %334, %arena_size
  br i1 %335, label %trap17.site0, label %ok38

e7:                                               ; preds = %ok48
  %336 = load i64, i64* %result37, align 8
  %337 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %330, i64 %336)
  %338 = extractvalue { i64, i1 } %337, 1
  br i1 %338, label %trap2.site6, label %ok50

ok38:                                             ; preds = %ok35
  %339 = getelementptr i8, i8* %mem, i64 %333
  %340 = load i8, i8* %339, align 1
  %341 = zext i8 %340 to i32
  %342 = icmp ne i32 %341, 2
  %343 = zext i1 %342 to i32
  %344 = icmp ne i32 %343, 0
  br i1 %344, label %then39, label %else40

then39:                                           ; preds = %ok38
  %345 = load i32, i32* %dict, align 4
  %346 = zext i32 %345 to i64
  %347 = add i64 %346, 33
  %348 = add i64 %347, 1
  %349 = icmp ugt i64 %348, %arena_size
  br i1 %349, label %trap17.site0, label %ok42

else40:                                           ; preds = %ok38
  br label %join41

join41:                                           ; preds = %else40, %stack_ok47
  %350 = load i32, i32* %dict, align 4
  %351 = zext i32 %350 to i64
  %352 = add i64 %351, 16
  %353 = add i64 %352, 8
  %354 = icmp ugt i64 %353, %arena_size
  br i1 %354, label %trap17.site0, label %ok48

ok42:                                             ; preds = %then39
  %355 = getelementptr i8, i8* %mem, i64 %347
  %356 = load i8, i8* %355, align 1
  %357 = zext i8 %356 to i32
  %358 = icmp eq i32 %357, 1
  %359 = zext i1 %358 to i32
  %360 = icmp ne i32 %359, 0
  br i1 %360, label %then43, label %else44

then43:                                           ; preds = %ok42
  br label %trap6.site7

else44:                                           ; preds = %ok42
  br label %join45

join45:                                           ; preds = %else44, %dead
  %361 = load i32, i32* %dict, align 4
  %362 = icmp uge i32 %depth, 1000
  br i1 %362, label %trap15.site7, label %ok46

trap6.site7:                                      ; preds = %then43
  %363 = load i64, i64* %lowStart, align 8
  %364 = getelementptr i64, i64* %regs, i64 6
  store i64 %363, i64* %364, align 8
  %365 = load i64, i64* %lowEnd, align 8
  %366 = getelementptr i64, i64* %regs, i64 7
  store i64 %365, i64* %366, align 8
  %367 = load i64, i64* %highEnd, align 8
  %368 = getelementptr i64, i64* %regs, i64 8
  store i64 %367, i64* %368, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 7)
  unreachable

dead:                                             ; No predecessors!
  br label %join45

ok46:                                             ; preds = %join45
  %369 = icmp ult i64 %10, %stack_limit
  br i1 %369, label %trap253.site0, label %stack_ok47

trap15.site7:                                     ; preds = %join45
  %370 = load i64, i64* %lowStart, align 8
  %371 = getelementptr i64, i64* %regs, i64 6
  store i64 %370, i64* %371, align 8
  %372 = load i64, i64* %lowEnd, align 8
  %373 = getelementptr i64, i64* %regs, i64 7
  store i64 %372, i64* %373, align 8
  %374 = load i64, i64* %highEnd, align 8
  %375 = getelementptr i64, i64* %regs, i64 8
  store i64 %374, i64* %375, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok47:                                       ; preds = %ok46
  %376 = load i64, i64* %fuel, align 8
  %377 = getelementptr i64, i64* %regs, i64 0
  store i64 %376, i64* %377, align 8
  %378 = load i64, i64* %lowStart, align 8
  %379 = getelementptr i64, i64* %regs, i64 6
  store i64 %378, i64* %379, align 8
  %380 = load i64, i64* %lowEnd, align 8
  %381 = getelementptr i64, i64* %regs, i64 7
  store i64 %380, i64* %381, align 8
  %382 = load i64, i64* %highEnd, align 8
  %383 = getelementptr i64, i64* %regs, i64 8
  store i64 %382, i64* %383, align 8
  %384 = add i32 %depth, 1
  call void @m0.field.later(i64* %regs, i8* %mem, i32 %384, i32 %361)
  %385 = getelementptr i64, i64* %regs, i64 0
  %386 = load i64, i64* %385, align 8
  store i64 %386, i64* %fuel, align 8
  %387 = getelementptr i64, i64* %regs, i64 6
  %388 = load i64, i64* %387, align 8
  store i64 %388, i64* %lowStart, align 8
  %389 = getelementptr i64, i64* %regs, i64 7
  %390 = load i64, i64* %389, align 8
  store i64 %390, i64* %lowEnd, align 8
  %391 = getelementptr i64, i64* %regs, i64 8
  %392 = load i64, i64* %391, align 8
  store i64 %392, i64* %highEnd, align 8
  br label %join41

ok48:                                             ; preds = %join41
  %393 = getelementptr i8, i8* %mem, i64 %352
  %394 = bitcast i64* %unaligned49 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %394, i8* %393, i64 8, i1 false)
  %395 = load i64, i64* %unaligned49, align 8
  store i64 %395, i64* %result37, align 8
  br label %e7

ok50:                                             ; preds = %e7
  %396 = extractvalue { i64, i1 } %337, 0
  store i64 %396, i64* %from_root, align 8
  %397 = load i32, i32* %dict.1, align 4
  %398 = load i64, i64* %from_root, align 8
  %399 = zext i32 %397 to i64
  %400 = add i64 %399, 16
  %401 = add i64 %400, 8
  %402 = icmp uge i64 %400, %scratch_start
  %403 = load i64, i64* %highEnd, align 8
  %404 = icmp ule i64 %401, %403
  %405 = and i1 %402, %404
  br i1 %405, label %write.ok53, label %write.low51

trap2.site6:                                      ; preds = %e7
  %406 = load i64, i64* %lowStart, align 8
  %407 = getelementptr i64, i64* %regs, i64 6
  store i64 %406, i64* %407, align 8
  %408 = load i64, i64* %lowEnd, align 8
  %409 = getelementptr i64, i64* %regs, i64 7
  store i64 %408, i64* %409, align 8
  %410 = load i64, i64* %highEnd, align 8
  %411 = getelementptr i64, i64* %regs, i64 8
  store i64 %410, i64* %411, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

write.low51:                                      ; preds = %ok50
  %412 = load i64, i64* %lowStart, align 8
  %413 = icmp uge i64 %400, %412
  %414 = load i64, i64* %lowEnd, align 8
  %415 = icmp ule i64 %401, %414
  %416 = and i1 %413, %415
  br i1 %416, label %write.ok53, label %write.slow52

write.slow52:                                     ; preds = %write.low51
  %417 = icmp ugt i64 %401, %arena_size
  br i1 %417, label %trap17.site0, label %ok54

write.ok53:                                       ; preds = %ok54, %write.low51, %ok50
  %418 = getelementptr i8, i8* %mem, i64 %400
  store i64 %398, i64* %unaligned55, align 8
  %419 = bitcast i64* %unaligned55 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %418, i8* %419, i64 8, i1 false)
  %420 = load i32, i32* %dict.1, align 4
  store i32 %420, i32* %result21, align 4
  br label %e1

ok54:                                             ; preds = %write.slow52
  %421 = icmp ult i64 %400, %scratch_start
  %422 = load i64, i64* %lowEnd, align 8
  %423 = load i64, i64* %highEnd, align 8
  %424 = call i64 @llvm.umax.i64(i64 %422, i64 %401)
  %425 = select i1 %421, i64 %424, i64 %422
  store i64 %425, i64* %lowEnd, align 8
  %426 = call i64 @llvm.umax.i64(i64 %423, i64 %401)
  %427 = select i1 %421, i64 %423, i64 %426
  store i64 %427, i64* %highEnd, align 8
  %428 = load i64, i64* %lowStart, align 8
  %429 = call i64 @llvm.umin.i64(i64 %428, i64 %400)
  store i64 %429, i64* %lowStart, align 8
  br label %write.ok53

write.low56:                                      ; preds = %e1
  %430 = load i64, i64* %lowStart, align 8
  %431 = icmp uge i64 %230, %430
  %432 = load i64, i64* %lowEnd, align 8
  %433 = icmp ule i64 %231, %432
  %434 = and i1 %431, %433
  br i1 %434, label %write.ok58, label %write.slow57

write.slow57:                                     ; preds = %write.low56
  %435 = icmp ugt i64 %231, %arena_size
  br i1 %435, label %trap17.site0, label %ok59

write.ok58:                                       ; preds = %ok59, %write.low56, %e1
  %436 = getelementptr i8, i8* %mem, i64 %230
  store i32 %228, i32* %unaligned60, align 4
  %437 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %436, i8* %437, i64 4, i1 false)
  %438 = load i32, i32* %dict, align 4
  %439 = zext i32 %438 to i64
  %440 = add i64 %439, 33
  %441 = add i64 %440, 1
  %442 = icmp ugt i64 %441, %arena_size
  br i1 %442, label %trap17.site0, label %ok61

ok59:                                             ; preds = %write.slow57
  %443 = icmp ult i64 %230, %scratch_start
  %444 = load i64, i64* %lowEnd, align 8
  %445 = load i64, i64* %highEnd, align 8
  %446 = call i64 @llvm.umax.i64(i64 %444, i64 %231)
  %447 = select i1 %443, i64 %446, i64 %444
  store i64 %447, i64* %lowEnd, align 8
  %448 = call i64 @llvm.umax.i64(i64 %445, i64 %231)
  %449 = select i1 %443, i64 %445, i64 %448
  store i64 %449, i64* %highEnd, align 8
  %450 = load i64, i64* %lowStart, align 8
  %451 = call i64 @llvm.umin.i64(i64 %450, i64 %230)
  store i64 %451, i64* %lowStart, align 8
  br label %write.ok58

ok61:                                             ; preds = %write.ok58
  %452 = getelementptr i8, i8* %mem, i64 %440
  %453 = load i8, i8* %452, align 1
  %454 = zext i8 %453 to i32
  %455 = icmp eq i32 %454, 0
  %456 = zext i1 %455 to i32
  %457 = icmp ne i32 %456, 0
  br i1 %457, label %then62, label %else63

then62:                                           ; preds = %ok61
  %458 = load i32, i32* %dict, align 4
  %459 = icmp uge i32 %depth, 1000
  br i1 %459, label %trap15.site8, label %ok65

else63:                                           ; preds = %ok61
  br label %join64

join64:                                           ; preds = %else63, %stack_ok66
  store i32 8, i32* %result68, align 4
  br label %e9

ok65:                                             ; preds = %then62
  %460 = icmp ult i64 %10, %stack_limit
  br i1 %460, label %trap253.site0, label %stack_ok66

trap15.site8:                                     ; preds = %then62
  %461 = load i64, i64* %lowStart, align 8
  %462 = getelementptr i64, i64* %regs, i64 6
  store i64 %461, i64* %462, align 8
  %463 = load i64, i64* %lowEnd, align 8
  %464 = getelementptr i64, i64* %regs, i64 7
  store i64 %463, i64* %464, align 8
  %465 = load i64, i64* %highEnd, align 8
  %466 = getelementptr i64, i64* %regs, i64 8
  store i64 %465, i64* %466, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok66:                                       ; preds = %ok65
  %467 = load i64, i64* %fuel, align 8
  %468 = getelementptr i64, i64* %regs, i64 0
  store i64 %467, i64* %468, align 8
  %469 = load i64, i64* %lowStart, align 8
  %470 = getelementptr i64, i64* %regs, i64 6
  store i64 %469, i64* %470, align 8
  %471 = load i64, i64* %lowEnd, align 8
  %472 = getelementptr i64, i64* %regs, i64 7
  store i64 %471, i64* %472, align 8
  %473 = load i64, i64* %highEnd, align 8
  %474 = getelementptr i64, i64* %regs, i64 8
  store i64 %473, i64* %474, align 8
  %475 = add i32 %depth, 1
  call void @m0.field.later(i64* %regs, i8* %mem, i32 %475, i32 %458)
  %476 = getelementptr i64, i64* %regs, i64 0
  %477 = load i64, i64* %476, align 8
  store i64 %477, i64* %fuel, align 8
  %478 = getelementptr i64, i64* %regs, i64 6
  %479 = load i64, i64* %478, align 8
  store i64 %479, i64* %lowStart, align 8
  %480 = getelementptr i64, i64* %regs, i64 7
  %481 = load i64, i64* %480, align 8
  store i64 %481, i64* %lowEnd, align 8
  %482 = getelementptr i64, i64* %regs, i64 8
  %483 = load i64, i64* %482, align 8
  store i64 %483, i64* %highEnd, align 8
  br label %join64

e8:                                               ; preds = %ok103
  %484 = load i32, i32* %result67, align 4
  store i32 %484, i32* %label, align 4
  %485 = load i32, i32* %dict, align 4
  %486 = load i32, i32* %label, align 4
  %487 = zext i32 %485 to i64
  %488 = add i64 %487, 24
  %489 = add i64 %488, 4
  %490 = icmp uge i64 %488, %scratch_start
  %491 = load i64, i64* %highEnd, align 8
  %492 = icmp ule i64 %489, %491
  %493 = and i1 %490, %492
  br i1 %493, label %write.ok106, label %write.low104

e9:                                               ; preds = %join64
  %494 = load i32, i32* %result68, align 4
  store i32 %494, i32* %part, align 4
  %495 = load i32, i32* %dict, align 4
  %496 = zext i32 %495 to i64
  %497 = add i64 %496, 16
  %498 = add i64 %497, 8
  %499 = icmp ugt i64 %498, %arena_size
  br i1 %499, label %trap17.site0, label %ok70

e11:                                              ; preds = %ok70
  %500 = load i32, i32* %result69, align 4
  store i32 %500, i32* %part.1, align 4
  %501 = getelementptr i64, i64* %regs, i64 1
  %502 = load i64, i64* %501, align 8
  %503 = trunc i64 %502 to i32
  %504 = add i32 %503, 3
  %505 = and i32 %504, -4
  store i32 %505, i32* %text, align 4
  %506 = load i32, i32* %text, align 4
  %507 = add i32 %506, 4
  store i32 %507, i32* %cur, align 4
  %508 = load i32, i32* %part, align 4
  store i32 %508, i32* %s, align 4
  %509 = load i32, i32* %s, align 4
  %510 = zext i32 %509 to i64
  %511 = add i64 %510, 4
  %512 = icmp ugt i64 %511, %arena_size
  br i1 %512, label %trap17.site0, label %ok72

ok70:                                             ; preds = %e9
  %513 = getelementptr i8, i8* %mem, i64 %497
  %514 = bitcast i64* %unaligned71 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %514, i8* %513, i64 8, i1 false)
  %515 = load i64, i64* %unaligned71, align 8
  store i32 16, i32* %result69, align 4
  br label %e11

ok72:                                             ; preds = %e11
  %516 = getelementptr i8, i8* %mem, i64 %510
  %517 = bitcast i32* %unaligned73 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %517, i8* %516, i64 4, i1 false)
  %518 = load i32, i32* %unaligned73, align 4
  store i32 %518, i32* %slen, align 4
  %519 = load i32, i32* %cur, align 4
  %520 = load i32, i32* %slen, align 4
  %521 = add i32 %519, %520
  %522 = getelementptr i64, i64* %regs, i64 2
  %523 = load i64, i64* %522, align 8
  %524 = trunc i64 %523 to i32
  %525 = icmp ugt i32 %521, %524
  %526 = zext i1 %525 to i32
  %527 = icmp ne i32 %526, 0
  br i1 %527, label %then74, label %else75

then74:                                           ; preds = %ok72
  br label %trap15.site9

else75:                                           ; preds = %ok72
  br label %join76

join76:                                           ; preds = %else75, %dead77
  %528 = load i32, i32* %cur, align 4
  %529 = load i32, i32* %s, align 4
  %530 = add i32 %529, 4
  %531 = load i32, i32* %slen, align 4
  %532 = zext i32 %531 to i64
  %533 = zext i32 %530 to i64
  %534 = add i64 %533, %532
  %535 = icmp ugt i64 %534, %arena_size
  br i1 %535, label %trap17.site9, label %ok78

trap15.site9:                                     ; preds = %write.ok100, %then85, %then74
  %536 = load i64, i64* %lowStart, align 8
  %537 = getelementptr i64, i64* %regs, i64 6
  store i64 %536, i64* %537, align 8
  %538 = load i64, i64* %lowEnd, align 8
  %539 = getelementptr i64, i64* %regs, i64 7
  store i64 %538, i64* %539, align 8
  %540 = load i64, i64* %highEnd, align 8
  %541 = getelementptr i64, i64* %regs, i64 8
  store i64 %540, i64* %541, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead77:                                           ; No predecessors!
  br label %join76

ok78:                                             ; preds = %join76
  %542 = zext i32 %528 to i64
  %543 = add i64 %542, %532
  %544 = icmp uge i64 %542, %scratch_start
  %545 = load i64, i64* %highEnd, align 8
  %546 = icmp ule i64 %543, %545
  %547 = and i1 %544, %546
  br i1 %547, label %write.ok81, label %write.low79

trap17.site9:                                     ; preds = %write.slow95, %write.ok91, %write.slow80, %join76
  %548 = load i64, i64* %lowStart, align 8
  %549 = getelementptr i64, i64* %regs, i64 6
  store i64 %548, i64* %549, align 8
  %550 = load i64, i64* %lowEnd, align 8
  %551 = getelementptr i64, i64* %regs, i64 7
  store i64 %550, i64* %551, align 8
  %552 = load i64, i64* %highEnd, align 8
  %553 = getelementptr i64, i64* %regs, i64 8
  store i64 %552, i64* %553, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 9)
  unreachable

write.low79:                                      ; preds = %ok78
  %554 = load i64, i64* %lowStart, align 8
  %555 = icmp uge i64 %542, %554
  %556 = load i64, i64* %lowEnd, align 8
  %557 = icmp ule i64 %543, %556
  %558 = and i1 %555, %557
  br i1 %558, label %write.ok81, label %write.slow80

write.slow80:                                     ; preds = %write.low79
  %559 = icmp ugt i64 %543, %arena_size
  br i1 %559, label %trap17.site9, label %ok82

write.ok81:                                       ; preds = %ok82, %write.low79, %ok78
  %560 = getelementptr i8, i8* %mem, i64 %542
  %561 = getelementptr i8, i8* %mem, i64 %533
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %560, i8* %561, i64 %532, i1 false)
  %562 = load i32, i32* %cur, align 4
  %563 = load i32, i32* %slen, align 4
  %564 = add i32 %562, %563
  store i32 %564, i32* %cur, align 4
  %565 = load i32, i32* %part.1, align 4
  store i32 %565, i32* %s.1, align 4
  %566 = load i32, i32* %s.1, align 4
  %567 = zext i32 %566 to i64
  %568 = add i64 %567, 4
  %569 = icmp ugt i64 %568, %arena_size
  br i1 %569, label %trap17.site0, label %ok83

ok82:                                             ; preds = %write.slow80
  %570 = icmp ult i64 %542, %scratch_start
  %571 = load i64, i64* %lowEnd, align 8
  %572 = load i64, i64* %highEnd, align 8
  %573 = call i64 @llvm.umax.i64(i64 %571, i64 %543)
  %574 = select i1 %570, i64 %573, i64 %571
  store i64 %574, i64* %lowEnd, align 8
  %575 = call i64 @llvm.umax.i64(i64 %572, i64 %543)
  %576 = select i1 %570, i64 %572, i64 %575
  store i64 %576, i64* %highEnd, align 8
  %577 = load i64, i64* %lowStart, align 8
  %578 = call i64 @llvm.umin.i64(i64 %577, i64 %542)
  store i64 %578, i64* %lowStart, align 8
  br label %write.ok81

ok83:                                             ; preds = %write.ok81
  %579 = getelementptr i8, i8* %mem, i64 %567
  %580 = bitcast i32* %unaligned84 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %580, i8* %579, i64 4, i1 false)
  %581 = load i32, i32* %unaligned84, align 4
  store i32 %581, i32* %slen.1, align 4
  %582 = load i32, i32* %cur, align 4
  %583 = load i32, i32* %slen.1, align 4
  %584 = add i32 1, %583
  %585 = add i32 %582, %584
  %586 = getelementptr i64, i64* %regs, i64 2
  %587 = load i64, i64* %586, align 8
  %588 = trunc i64 %587 to i32
  %589 = icmp ugt i32 %585, %588
  %590 = zext i1 %589 to i32
  %591 = icmp ne i32 %590, 0
  br i1 %591, label %then85, label %else86

then85:                                           ; preds = %ok83
  br label %trap15.site9

else86:                                           ; preds = %ok83
  br label %join87

join87:                                           ; preds = %else86, %dead88
  %592 = load i32, i32* %cur, align 4
  %593 = zext i32 %592 to i64
  %594 = add i64 %593, 1
  %595 = icmp uge i64 %593, %scratch_start
  %596 = load i64, i64* %highEnd, align 8
  %597 = icmp ule i64 %594, %596
  %598 = and i1 %595, %597
  br i1 %598, label %write.ok91, label %write.low89

dead88:                                           ; No predecessors!
  br label %join87

write.low89:                                      ; preds = %join87
  %599 = load i64, i64* %lowStart, align 8
  %600 = icmp uge i64 %593, %599
  %601 = load i64, i64* %lowEnd, align 8
  %602 = icmp ule i64 %594, %601
  %603 = and i1 %600, %602
  br i1 %603, label %write.ok91, label %write.slow90

write.slow90:                                     ; preds = %write.low89
  %604 = icmp ugt i64 %594, %arena_size
  br i1 %604, label %trap17.site0, label %ok92

write.ok91:                                       ; preds = %ok92, %write.low89, %join87
  %605 = getelementptr i8, i8* %mem, i64 %593
  store i8 58, i8* %605, align 1
  %606 = load i32, i32* %cur, align 4
  %607 = add i32 %606, 1
  store i32 %607, i32* %cur, align 4
  %608 = load i32, i32* %cur, align 4
  %609 = load i32, i32* %s.1, align 4
  %610 = add i32 %609, 4
  %611 = load i32, i32* %slen.1, align 4
  %612 = zext i32 %611 to i64
  %613 = zext i32 %610 to i64
  %614 = add i64 %613, %612
  %615 = icmp ugt i64 %614, %arena_size
  br i1 %615, label %trap17.site9, label %ok93

ok92:                                             ; preds = %write.slow90
  %616 = icmp ult i64 %593, %scratch_start
  %617 = load i64, i64* %lowEnd, align 8
  %618 = load i64, i64* %highEnd, align 8
  %619 = call i64 @llvm.umax.i64(i64 %617, i64 %594)
  %620 = select i1 %616, i64 %619, i64 %617
  store i64 %620, i64* %lowEnd, align 8
  %621 = call i64 @llvm.umax.i64(i64 %618, i64 %594)
  %622 = select i1 %616, i64 %618, i64 %621
  store i64 %622, i64* %highEnd, align 8
  %623 = load i64, i64* %lowStart, align 8
  %624 = call i64 @llvm.umin.i64(i64 %623, i64 %593)
  store i64 %624, i64* %lowStart, align 8
  br label %write.ok91

ok93:                                             ; preds = %write.ok91
  %625 = zext i32 %608 to i64
  %626 = add i64 %625, %612
  %627 = icmp uge i64 %625, %scratch_start
  %628 = load i64, i64* %highEnd, align 8
  %629 = icmp ule i64 %626, %628
  %630 = and i1 %627, %629
  br i1 %630, label %write.ok96, label %write.low94

write.low94:                                      ; preds = %ok93
  %631 = load i64, i64* %lowStart, align 8
  %632 = icmp uge i64 %625, %631
  %633 = load i64, i64* %lowEnd, align 8
  %634 = icmp ule i64 %626, %633
  %635 = and i1 %632, %634
  br i1 %635, label %write.ok96, label %write.slow95

write.slow95:                                     ; preds = %write.low94
  %636 = icmp ugt i64 %626, %arena_size
  br i1 %636, label %trap17.site9, label %ok97

write.ok96:                                       ; preds = %ok97, %write.low94, %ok93
  %637 = getelementptr i8, i8* %mem, i64 %625
  %638 = getelementptr i8, i8* %mem, i64 %613
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %637, i8* %638, i64 %612, i1 false)
  %639 = load i32, i32* %cur, align 4
  %640 = load i32, i32* %slen.1, align 4
  %641 = add i32 %639, %640
  store i32 %641, i32* %cur, align 4
  %642 = load i32, i32* %cur, align 4
  %643 = load i32, i32* %text, align 4
  %644 = sub i32 %642, %643
  %645 = sub i32 %644, 4
  store i32 %645, i32* %len, align 4
  %646 = load i32, i32* %text, align 4
  %647 = load i32, i32* %len, align 4
  %648 = zext i32 %646 to i64
  %649 = add i64 %648, 4
  %650 = icmp uge i64 %648, %scratch_start
  %651 = load i64, i64* %highEnd, align 8
  %652 = icmp ule i64 %649, %651
  %653 = and i1 %650, %652
  br i1 %653, label %write.ok100, label %write.low98

ok97:                                             ; preds = %write.slow95
  %654 = icmp ult i64 %625, %scratch_start
  %655 = load i64, i64* %lowEnd, align 8
  %656 = load i64, i64* %highEnd, align 8
  %657 = call i64 @llvm.umax.i64(i64 %655, i64 %626)
  %658 = select i1 %654, i64 %657, i64 %655
  store i64 %658, i64* %lowEnd, align 8
  %659 = call i64 @llvm.umax.i64(i64 %656, i64 %626)
  %660 = select i1 %654, i64 %656, i64 %659
  store i64 %660, i64* %highEnd, align 8
  %661 = load i64, i64* %lowStart, align 8
  %662 = call i64 @llvm.umin.i64(i64 %661, i64 %625)
  store i64 %662, i64* %lowStart, align 8
  br label %write.ok96

write.low98:                                      ; preds = %write.ok96
  %663 = load i64, i64* %lowStart, align 8
  %664 = icmp uge i64 %648, %663
  %665 = load i64, i64* %lowEnd, align 8
  %666 = icmp ule i64 %649, %665
  %667 = and i1 %664, %666
  br i1 %667, label %write.ok100, label %write.slow99

write.slow99:                                     ; preds = %write.low98
  %668 = icmp ugt i64 %649, %arena_size
  br i1 %668, label %trap17.site0, label %ok101

write.ok100:                                      ; preds = %ok101, %write.low98, %write.ok96
  %669 = getelementptr i8, i8* %mem, i64 %648
  store i32 %647, i32* %unaligned102, align 4
  %670 = bitcast i32* %unaligned102 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %669, i8* %670, i64 4, i1 false)
  %671 = load i32, i32* %len, align 4
  %672 = add i32 %671, 4
  %673 = zext i32 %672 to i64
  %674 = getelementptr i64, i64* %regs, i64 1
  %675 = getelementptr i64, i64* %regs, i64 2
  %676 = load i64, i64* %674, align 8
  %677 = add i64 %676, 3
  %678 = and i64 %677, -4
  %679 = add i64 %678, %673
  %680 = load i64, i64* %675, align 8
  %681 = icmp ugt i64 %679, %680
  br i1 %681, label %trap15.site9, label %ok103

ok101:                                            ; preds = %write.slow99
  %682 = icmp ult i64 %648, %scratch_start
  %683 = load i64, i64* %lowEnd, align 8
  %684 = load i64, i64* %highEnd, align 8
  %685 = call i64 @llvm.umax.i64(i64 %683, i64 %649)
  %686 = select i1 %682, i64 %685, i64 %683
  store i64 %686, i64* %lowEnd, align 8
  %687 = call i64 @llvm.umax.i64(i64 %684, i64 %649)
  %688 = select i1 %682, i64 %684, i64 %687
  store i64 %688, i64* %highEnd, align 8
  %689 = load i64, i64* %lowStart, align 8
  %690 = call i64 @llvm.umin.i64(i64 %689, i64 %648)
  store i64 %690, i64* %lowStart, align 8
  br label %write.ok100

ok103:                                            ; preds = %write.ok100
  store i64 %679, i64* %674, align 8
  %691 = load i64, i64* %highEnd, align 8
  %692 = call i64 @llvm.umax.i64(i64 %691, i64 %679)
  store i64 %692, i64* %highEnd, align 8
  %693 = trunc i64 %678 to i32
  store i32 %693, i32* %result67, align 4
  br label %e8

write.low104:                                     ; preds = %e8
  %694 = load i64, i64* %lowStart, align 8
  %695 = icmp uge i64 %488, %694
  %696 = load i64, i64* %lowEnd, align 8
  %697 = icmp ule i64 %489, %696
  %698 = and i1 %695, %697
  br i1 %698, label %write.ok106, label %write.slow105

write.slow105:                                    ; preds = %write.low104
  %699 = icmp ugt i64 %489, %arena_size
  br i1 %699, label %trap17.site0, label %ok107

write.ok106:                                      ; preds = %ok107, %write.low104, %e8
  %700 = getelementptr i8, i8* %mem, i64 %488
  store i32 %486, i32* %unaligned108, align 4
  %701 = bitcast i32* %unaligned108 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %700, i8* %701, i64 4, i1 false)
  %702 = load i32, i32* %dict, align 4
  store i32 %702, i32* %result1, align 4
  br label %e0

ok107:                                            ; preds = %write.slow105
  %703 = icmp ult i64 %488, %scratch_start
  %704 = load i64, i64* %lowEnd, align 8
  %705 = load i64, i64* %highEnd, align 8
  %706 = call i64 @llvm.umax.i64(i64 %704, i64 %489)
  %707 = select i1 %703, i64 %706, i64 %704
  store i64 %707, i64* %lowEnd, align 8
  %708 = call i64 @llvm.umax.i64(i64 %705, i64 %489)
  %709 = select i1 %703, i64 %705, i64 %708
  store i64 %709, i64* %highEnd, align 8
  %710 = load i64, i64* %lowStart, align 8
  %711 = call i64 @llvm.umin.i64(i64 %710, i64 %488)
  store i64 %711, i64* %lowStart, align 8
  br label %write.ok106

ok109:                                            ; preds = %e0
  %712 = icmp ult i64 %10, %stack_limit
  br i1 %712, label %trap253.site0, label %stack_ok110

trap15.site0:                                     ; preds = %e0
  %713 = load i64, i64* %lowStart, align 8
  %714 = getelementptr i64, i64* %regs, i64 6
  store i64 %713, i64* %714, align 8
  %715 = load i64, i64* %lowEnd, align 8
  %716 = getelementptr i64, i64* %regs, i64 7
  store i64 %715, i64* %716, align 8
  %717 = load i64, i64* %highEnd, align 8
  %718 = getelementptr i64, i64* %regs, i64 8
  store i64 %717, i64* %718, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok110:                                      ; preds = %ok109
  %719 = load i64, i64* %fuel, align 8
  %720 = getelementptr i64, i64* %regs, i64 0
  store i64 %719, i64* %720, align 8
  %721 = load i64, i64* %lowStart, align 8
  %722 = getelementptr i64, i64* %regs, i64 6
  store i64 %721, i64* %722, align 8
  %723 = load i64, i64* %lowEnd, align 8
  %724 = getelementptr i64, i64* %regs, i64 7
  store i64 %723, i64* %724, align 8
  %725 = load i64, i64* %highEnd, align 8
  %726 = getelementptr i64, i64* %regs, i64 8
  store i64 %725, i64* %726, align 8
  %727 = add i32 %depth, 1
  %728 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %727, i32 %34, i32 %35, i32 0)
  %729 = getelementptr i64, i64* %regs, i64 0
  %730 = load i64, i64* %729, align 8
  store i64 %730, i64* %fuel, align 8
  %731 = getelementptr i64, i64* %regs, i64 6
  %732 = load i64, i64* %731, align 8
  store i64 %732, i64* %lowStart, align 8
  %733 = getelementptr i64, i64* %regs, i64 7
  %734 = load i64, i64* %733, align 8
  store i64 %734, i64* %lowEnd, align 8
  %735 = getelementptr i64, i64* %regs, i64 8
  %736 = load i64, i64* %735, align 8
  store i64 %736, i64* %highEnd, align 8
  store i32 %728, i32* %json_end, align 4
  %737 = load i32, i32* %json_end, align 4
  %738 = icmp eq i32 %737, -2
  %739 = zext i1 %738 to i32
  %740 = icmp ne i32 %739, 0
  br i1 %740, label %then111, label %else112

then111:                                          ; preds = %stack_ok110
  br label %trap16.site1

else112:                                          ; preds = %stack_ok110
  br label %join113

join113:                                          ; preds = %else112, %dead114
  %741 = load i32, i32* %json_end, align 4
  %742 = icmp eq i32 %741, -1
  %743 = zext i1 %742 to i32
  %744 = icmp ne i32 %743, 0
  br i1 %744, label %then115, label %else116

trap16.site1:                                     ; preds = %then111
  %745 = load i64, i64* %lowStart, align 8
  %746 = getelementptr i64, i64* %regs, i64 6
  store i64 %745, i64* %746, align 8
  %747 = load i64, i64* %lowEnd, align 8
  %748 = getelementptr i64, i64* %regs, i64 7
  store i64 %747, i64* %748, align 8
  %749 = load i64, i64* %highEnd, align 8
  %750 = getelementptr i64, i64* %regs, i64 8
  store i64 %749, i64* %750, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 1)
  unreachable

dead114:                                          ; No predecessors!
  br label %join113

then115:                                          ; preds = %join113
  br label %trap15.site1

else116:                                          ; preds = %join113
  br label %join117

join117:                                          ; preds = %else116, %dead118
  %751 = load i32, i32* %json_end, align 4
  %752 = zext i32 %751 to i64
  %753 = getelementptr i64, i64* %regs, i64 3
  store i64 %752, i64* %753, align 8
  %754 = load i32, i32* %json_end, align 4
  %755 = load i32, i32* %json_start, align 4
  %756 = sub i32 %754, %755
  %757 = load i64, i64* %fuel, align 8
  %758 = getelementptr i64, i64* %regs, i64 0
  store i64 %757, i64* %758, align 8
  %759 = load i64, i64* %lowStart, align 8
  %760 = getelementptr i64, i64* %regs, i64 6
  store i64 %759, i64* %760, align 8
  %761 = load i64, i64* %lowEnd, align 8
  %762 = getelementptr i64, i64* %regs, i64 7
  store i64 %761, i64* %762, align 8
  %763 = load i64, i64* %highEnd, align 8
  %764 = getelementptr i64, i64* %regs, i64 8
  store i64 %763, i64* %764, align 8
  ret i32 %756

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
  %42 = load i64, i64* %lowEnd, align 8
  %43 = load i64, i64* %highEnd, align 8
  %44 = call i64 @llvm.umax.i64(i64 %42, i64 %16)
  %45 = select i1 %41, i64 %44, i64 %42
  store i64 %45, i64* %lowEnd, align 8
  %46 = call i64 @llvm.umax.i64(i64 %43, i64 %16)
  %47 = select i1 %41, i64 %43, i64 %46
  store i64 %47, i64* %highEnd, align 8
  %48 = load i64, i64* %lowStart, align 8
  %49 = call i64 @llvm.umin.i64(i64 %48, i64 %15)
  store i64 %49, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.slow7, %write.slow3, %write.slow
  %50 = load i64, i64* %lowStart, align 8
  %51 = getelementptr i64, i64* %regs, i64 6
  store i64 %50, i64* %51, align 8
  %52 = load i64, i64* %lowEnd, align 8
  %53 = getelementptr i64, i64* %regs, i64 7
  store i64 %52, i64* %53, align 8
  %54 = load i64, i64* %highEnd, align 8
  %55 = getelementptr i64, i64* %regs, i64 8
  store i64 %54, i64* %55, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

write.low2:                                       ; preds = %write.ok
  %56 = load i64, i64* %lowStart, align 8
  %57 = icmp uge i64 %35, %56
  %58 = load i64, i64* %lowEnd, align 8
  %59 = icmp ule i64 %36, %58
  %60 = and i1 %57, %59
  br i1 %60, label %write.ok4, label %write.slow3

write.slow3:                                      ; preds = %write.low2
  %61 = icmp ugt i64 %36, %arena_size
  br i1 %61, label %trap17.site0, label %ok5

write.ok4:                                        ; preds = %ok5, %write.low2, %write.ok
  %62 = getelementptr i8, i8* %mem, i64 %35
  store i64 3, i64* %unaligned, align 8
  %63 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %62, i8* %63, i64 8, i1 false)
  %64 = load i32, i32* %frame, align 4
  %65 = zext i32 %64 to i64
  %66 = add i64 %65, 32
  %67 = add i64 %66, 1
  %68 = icmp uge i64 %66, %scratch_start
  %69 = load i64, i64* %highEnd, align 8
  %70 = icmp ule i64 %67, %69
  %71 = and i1 %68, %70
  br i1 %71, label %write.ok8, label %write.low6

ok5:                                              ; preds = %write.slow3
  %72 = icmp ult i64 %35, %scratch_start
  %73 = load i64, i64* %lowEnd, align 8
  %74 = load i64, i64* %highEnd, align 8
  %75 = call i64 @llvm.umax.i64(i64 %73, i64 %36)
  %76 = select i1 %72, i64 %75, i64 %73
  store i64 %76, i64* %lowEnd, align 8
  %77 = call i64 @llvm.umax.i64(i64 %74, i64 %36)
  %78 = select i1 %72, i64 %74, i64 %77
  store i64 %78, i64* %highEnd, align 8
  %79 = load i64, i64* %lowStart, align 8
  %80 = call i64 @llvm.umin.i64(i64 %79, i64 %35)
  store i64 %80, i64* %lowStart, align 8
  br label %write.ok4

write.low6:                                       ; preds = %write.ok4
  %81 = load i64, i64* %lowStart, align 8
  %82 = icmp uge i64 %66, %81
  %83 = load i64, i64* %lowEnd, align 8
  %84 = icmp ule i64 %67, %83
  %85 = and i1 %82, %84
  br i1 %85, label %write.ok8, label %write.slow7

write.slow7:                                      ; preds = %write.low6
  %86 = icmp ugt i64 %67, %arena_size
  br i1 %86, label %trap17.site0, label %ok9

write.ok8:                                        ; preds = %ok9, %write.low6, %write.ok4
  %87 = getelementptr i8, i8* %mem, i64 %66
  store i8 2, i8* %87, align 1
  %88 = load i64, i64* %fuel, align 8
  %89 = getelementptr i64, i64* %regs, i64 0
  store i64 %88, i64* %89, align 8
  %90 = load i64, i64* %lowStart, align 8
  %91 = getelementptr i64, i64* %regs, i64 6
  store i64 %90, i64* %91, align 8
  %92 = load i64, i64* %lowEnd, align 8
  %93 = getelementptr i64, i64* %regs, i64 7
  store i64 %92, i64* %93, align 8
  %94 = load i64, i64* %highEnd, align 8
  %95 = getelementptr i64, i64* %regs, i64 8
  store i64 %94, i64* %95, align 8
  ret void

ok9:                                              ; preds = %write.slow7
  %96 = icmp ult i64 %66, %scratch_start
  %97 = load i64, i64* %lowEnd, align 8
  %98 = load i64, i64* %highEnd, align 8
  %99 = call i64 @llvm.umax.i64(i64 %97, i64 %67)
  %100 = select i1 %96, i64 %99, i64 %97
  store i64 %100, i64* %lowEnd, align 8
  %101 = call i64 @llvm.umax.i64(i64 %98, i64 %67)
  %102 = select i1 %96, i64 %98, i64 %101
  store i64 %102, i64* %highEnd, align 8
  %103 = load i64, i64* %lowStart, align 8
  %104 = call i64 @llvm.umin.i64(i64 %103, i64 %66)
  store i64 %104, i64* %lowStart, align 8
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
  %43 = load i64, i64* %lowEnd, align 8
  %44 = load i64, i64* %highEnd, align 8
  %45 = call i64 @llvm.umax.i64(i64 %43, i64 %18)
  %46 = select i1 %42, i64 %45, i64 %43
  store i64 %46, i64* %lowEnd, align 8
  %47 = call i64 @llvm.umax.i64(i64 %44, i64 %18)
  %48 = select i1 %42, i64 %44, i64 %47
  store i64 %48, i64* %highEnd, align 8
  %49 = load i64, i64* %lowStart, align 8
  %50 = call i64 @llvm.umin.i64(i64 %49, i64 %17)
  store i64 %50, i64* %lowStart, align 8
  br label %write.ok

trap17.site0:                                     ; preds = %write.slow16, %write.slow11, %join, %then, %write.ok, %write.slow
  %51 = load i64, i64* %lowStart, align 8
  %52 = getelementptr i64, i64* %regs, i64 6
  store i64 %51, i64* %52, align 8
  %53 = load i64, i64* %lowEnd, align 8
  %54 = getelementptr i64, i64* %regs, i64 7
  store i64 %53, i64* %54, align 8
  %55 = load i64, i64* %highEnd, align 8
  %56 = getelementptr i64, i64* %regs, i64 8
  store i64 %55, i64* %56, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

e1:                                               ; preds = %ok8
  %57 = load i64, i64* %result, align 8
  %58 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %57, i64 4)
  %59 = extractvalue { i64, i1 } %58, 1
  br i1 %59, label %trap2.site8, label %ok9

ok2:                                              ; preds = %write.ok
  %60 = getelementptr i8, i8* %mem, i64 %39
  %61 = load i8, i8* %60, align 1
  %62 = zext i8 %61 to i32
  %63 = icmp ne i32 %62, 2
  %64 = zext i1 %63 to i32
  %65 = icmp ne i32 %64, 0
  br i1 %65, label %then, label %else

then:                                             ; preds = %ok2
  %66 = load i32, i32* %frame, align 4
  %67 = zext i32 %66 to i64
  %68 = add i64 %67, 32
  %69 = add i64 %68, 1
  %70 = icmp ugt i64 %69, %arena_size
  br i1 %70, label %trap17.site0, label %ok3

else:                                             ; preds = %ok2
  br label %join

join:                                             ; preds = %else, %stack_ok
  %71 = load i32, i32* %frame, align 4
  %72 = zext i32 %71 to i64
  %73 = add i64 %72, 8
  %74 = icmp ugt i64 %73, %arena_size
  br i1 %74, label %trap17.site0, label %ok8

ok3:                                              ; preds = %then
  %75 = getelementptr i8, i8* %mem, i64 %68
  %76 = load i8, i8* %75, align 1
  %77 = zext i8 %76 to i32
  %78 = icmp eq i32 %77, 1
  %79 = zext i1 %78 to i32
  %80 = icmp ne i32 %79, 0
  br i1 %80, label %then4, label %else5

then4:                                            ; preds = %ok3
  br label %trap6.site14

else5:                                            ; preds = %ok3
  br label %join6

join6:                                            ; preds = %else5, %dead
  %81 = load i32, i32* %frame, align 4
  %82 = icmp uge i32 %depth, 1000
  br i1 %82, label %trap15.site14, label %ok7

trap6.site14:                                     ; preds = %then4
  %83 = load i64, i64* %lowStart, align 8
  %84 = getelementptr i64, i64* %regs, i64 6
  store i64 %83, i64* %84, align 8
  %85 = load i64, i64* %lowEnd, align 8
  %86 = getelementptr i64, i64* %regs, i64 7
  store i64 %85, i64* %86, align 8
  %87 = load i64, i64* %highEnd, align 8
  %88 = getelementptr i64, i64* %regs, i64 8
  store i64 %87, i64* %88, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 14)
  unreachable

dead:                                             ; No predecessors!
  br label %join6

ok7:                                              ; preds = %join6
  %89 = icmp ult i64 %10, %stack_limit
  br i1 %89, label %trap253.site0, label %stack_ok

trap15.site14:                                    ; preds = %join6
  %90 = load i64, i64* %lowStart, align 8
  %91 = getelementptr i64, i64* %regs, i64 6
  store i64 %90, i64* %91, align 8
  %92 = load i64, i64* %lowEnd, align 8
  %93 = getelementptr i64, i64* %regs, i64 7
  store i64 %92, i64* %93, align 8
  %94 = load i64, i64* %highEnd, align 8
  %95 = getelementptr i64, i64* %regs, i64 8
  store i64 %94, i64* %95, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

stack_ok:                                         ; preds = %ok7
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
  %104 = add i32 %depth, 1
  call void @m0.field.rate(i64* %regs, i8* %mem, i32 %104, i32 %81)
  %105 = getelementptr i64, i64* %regs, i64 0
  %106 = load i64, i64* %105, align 8
  store i64 %106, i64* %fuel, align 8
  %107 = getelementptr i64, i64* %regs, i64 6
  %108 = load i64, i64* %107, align 8
  store i64 %108, i64* %lowStart, align 8
  %109 = getelementptr i64, i64* %regs, i64 7
  %110 = load i64, i64* %109, align 8
  store i64 %110, i64* %lowEnd, align 8
  %111 = getelementptr i64, i64* %regs, i64 8
  %112 = load i64, i64* %111, align 8
  store i64 %112, i64* %highEnd, align 8
  br label %join

trap253.site0:                                    ; preds = %ok7
  %113 = load i64, i64* %lowStart, align 8
  %114 = getelementptr i64, i64* %regs, i64 6
  store i64 %113, i64* %114, align 8
  %115 = load i64, i64* %lowEnd, align 8
  %116 = getelementptr i64, i64* %regs, i64 7
  store i64 %115, i64* %116, align 8
  %117 = load i64, i64* %highEnd, align 8
  %118 = getelementptr i64, i64* %regs, i64 8
  store i64 %117, i64* %118, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok8:                                              ; preds = %join
  %119 = getelementptr i8, i8* %mem, i64 %72
  %120 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %120, i8* %119, i64 8, i1 false)
  %121 = load i64, i64* %unaligned, align 8
  store i64 %121, i64* %result, align 8
  br label %e1

ok9:                                              ; preds = %e1
  %122 = extractvalue { i64, i1 } %58, 0
  %123 = zext i32 %36 to i64
  %124 = add i64 %123, 16
  %125 = add i64 %124, 8
  %126 = icmp uge i64 %124, %scratch_start
  %127 = load i64, i64* %highEnd, align 8
  %128 = icmp ule i64 %125, %127
  %129 = and i1 %126, %128
  br i1 %129, label %write.ok12, label %write.low10

trap2.site8:                                      ; preds = %e1
  %130 = load i64, i64* %lowStart, align 8
  %131 = getelementptr i64, i64* %regs, i64 6
  store i64 %130, i64* %131, align 8
  %132 = load i64, i64* %lowEnd, align 8
  %133 = getelementptr i64, i64* %regs, i64 7
  store i64 %132, i64* %133, align 8
  %134 = load i64, i64* %highEnd, align 8
  %135 = getelementptr i64, i64* %regs, i64 8
  store i64 %134, i64* %135, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 8)
  unreachable

write.low10:                                      ; preds = %ok9
  %136 = load i64, i64* %lowStart, align 8
  %137 = icmp uge i64 %124, %136
  %138 = load i64, i64* %lowEnd, align 8
  %139 = icmp ule i64 %125, %138
  %140 = and i1 %137, %139
  br i1 %140, label %write.ok12, label %write.slow11

write.slow11:                                     ; preds = %write.low10
  %141 = icmp ugt i64 %125, %arena_size
  br i1 %141, label %trap17.site0, label %ok13

write.ok12:                                       ; preds = %ok13, %write.low10, %ok9
  %142 = getelementptr i8, i8* %mem, i64 %124
  store i64 %122, i64* %unaligned14, align 8
  %143 = bitcast i64* %unaligned14 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %142, i8* %143, i64 8, i1 false)
  %144 = load i32, i32* %frame, align 4
  %145 = zext i32 %144 to i64
  %146 = add i64 %145, 33
  %147 = add i64 %146, 1
  %148 = icmp uge i64 %146, %scratch_start
  %149 = load i64, i64* %highEnd, align 8
  %150 = icmp ule i64 %147, %149
  %151 = and i1 %148, %150
  br i1 %151, label %write.ok17, label %write.low15

ok13:                                             ; preds = %write.slow11
  %152 = icmp ult i64 %124, %scratch_start
  %153 = load i64, i64* %lowEnd, align 8
  %154 = load i64, i64* %highEnd, align 8
  %155 = call i64 @llvm.umax.i64(i64 %153, i64 %125)
  %156 = select i1 %152, i64 %155, i64 %153
  store i64 %156, i64* %lowEnd, align 8
  %157 = call i64 @llvm.umax.i64(i64 %154, i64 %125)
  %158 = select i1 %152, i64 %154, i64 %157
  store i64 %158, i64* %highEnd, align 8
  %159 = load i64, i64* %lowStart, align 8
  %160 = call i64 @llvm.umin.i64(i64 %159, i64 %124)
  store i64 %160, i64* %lowStart, align 8
  br label %write.ok12

write.low15:                                      ; preds = %write.ok12
  %161 = load i64, i64* %lowStart, align 8
  %162 = icmp uge i64 %146, %161
  %163 = load i64, i64* %lowEnd, align 8
  %164 = icmp ule i64 %147, %163
  %165 = and i1 %162, %164
  br i1 %165, label %write.ok17, label %write.slow16

write.slow16:                                     ; preds = %write.low15
  %166 = icmp ugt i64 %147, %arena_size
  br i1 %166, label %trap17.site0, label %ok18

write.ok17:                                       ; preds = %ok18, %write.low15, %write.ok12
  %167 = getelementptr i8, i8* %mem, i64 %146
  store i8 2, i8* %167, align 1
  %168 = load i64, i64* %fuel, align 8
  %169 = getelementptr i64, i64* %regs, i64 0
  store i64 %168, i64* %169, align 8
  %170 = load i64, i64* %lowStart, align 8
  %171 = getelementptr i64, i64* %regs, i64 6
  store i64 %170, i64* %171, align 8
  %172 = load i64, i64* %lowEnd, align 8
  %173 = getelementptr i64, i64* %regs, i64 7
  store i64 %172, i64* %173, align 8
  %174 = load i64, i64* %highEnd, align 8
  %175 = getelementptr i64, i64* %regs, i64 8
  store i64 %174, i64* %175, align 8
  ret void

ok18:                                             ; preds = %write.slow16
  %176 = icmp ult i64 %146, %scratch_start
  %177 = load i64, i64* %lowEnd, align 8
  %178 = load i64, i64* %highEnd, align 8
  %179 = call i64 @llvm.umax.i64(i64 %177, i64 %147)
  %180 = select i1 %176, i64 %179, i64 %177
  store i64 %180, i64* %lowEnd, align 8
  %181 = call i64 @llvm.umax.i64(i64 %178, i64 %147)
  %182 = select i1 %176, i64 %178, i64 %181
  store i64 %182, i64* %highEnd, align 8
  %183 = load i64, i64* %lowStart, align 8
  %184 = call i64 @llvm.umin.i64(i64 %183, i64 %146)
  store i64 %184, i64* %lowStart, align 8
  br label %write.ok17
}
