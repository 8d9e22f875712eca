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
  %result1 = alloca i32, align 4
  %unaligned = alloca i32, align 4
  %unaligned9 = alloca i32, align 4
  %unaligned11 = alloca i32, align 4
  %result12 = alloca i32, align 4
  %unaligned15 = alloca i64, align 8
  %unaligned19 = alloca i64, align 8
  %unaligned21 = alloca i64, align 8
  %result22 = alloca i64, align 8
  %unaligned34 = alloca i64, align 8
  %unaligned37 = alloca i64, align 8
  %unaligned39 = alloca i32, align 4
  %result46 = alloca i32, align 4
  %result47 = alloca i32, align 4
  %result48 = alloca i32, align 4
  %unaligned50 = alloca i64, align 8
  %unaligned52 = alloca i32, align 4
  %unaligned60 = alloca i32, align 4
  %unaligned69 = alloca i32, align 4
  %unaligned72 = alloca i32, align 4
  br label %body

body:                                             ; preds = %entry
  %11 = load i64, i64* %fuel, align 8
  %12 = icmp ult i64 %11, 1
  br i1 %12, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %13 = sub i64 %11, 1
  store i64 %13, i64* %fuel, align 8
  %14 = getelementptr i64, i64* %regs, i64 1
  %15 = getelementptr i64, i64* %regs, i64 2
  %16 = load i64, i64* %14, align 8
  %17 = add i64 %16, 7
  %18 = and i64 %17, -8
  %19 = add i64 %18, 34
  %20 = load i64, i64* %15, align 8
  %21 = icmp ugt i64 %19, %20
  br i1 %21, label %trap15.site1, label %ok2

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

e0:                                               ; preds = %ok71
  %28 = load i32, i32* %result1, align 4
  store i32 %28, i32* %result, align 4
  %29 = load i32, i32* %result, align 4
  store i32 %29, i32* %result.1, align 4
  %30 = getelementptr i64, i64* %regs, i64 3
  %31 = load i64, i64* %30, align 8
  %32 = trunc i64 %31 to i32
  store i32 %32, i32* %json_start, align 4
  %33 = load i32, i32* %result.1, align 4
  %34 = load i32, i32* %json_start, align 4
  %35 = icmp uge i32 %depth, 1000
  br i1 %35, label %trap15.site0, label %ok73

ok2:                                              ; preds = %ok
  store i64 %19, i64* %14, align 8
  %36 = trunc i64 %18 to i32
  store i32 %36, i32* %dict, align 4
  %37 = load i32, i32* %dict, align 4
  %38 = add i32 %37, 32
  %39 = zext i32 %38 to i64
  %40 = add i64 %39, 2
  %41 = icmp ugt i64 %40, %arena_size
  br i1 %41, label %trap17.site1, label %ok3

trap15.site1:                                     ; preds = %then79, %ok
  %42 = load i64, i64* %lowStart, align 8
  %43 = getelementptr i64, i64* %regs, i64 6
  store i64 %42, i64* %43, align 8
  %44 = load i64, i64* %lowEnd, align 8
  %45 = getelementptr i64, i64* %regs, i64 7
  store i64 %44, i64* %45, align 8
  %46 = load i64, i64* %highEnd, align 8
  %47 = getelementptr i64, i64* %regs, i64 8
  store i64 %46, i64* %47, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 1)
  unreachable

ok3:                                              ; preds = %ok2
  %48 = icmp ult i64 %39, %scratch_start
  %49 = load i64, i64* %lowEnd, align 8
  %50 = load i64, i64* %highEnd, align 8
  %51 = call i64 @llvm.umax.i64(i64 %49, i64 %40)
  %52 = select i1 %48, i64 %51, i64 %49
  store i64 %52, i64* %lowEnd, align 8
  %53 = call i64 @llvm.umax.i64(i64 %50, i64 %40)
  %54 = select i1 %48, i64 %50, i64 %53
  store i64 %54, i64* %highEnd, align 8
  %55 = load i64, i64* %lowStart, align 8
  %56 = call i64 @llvm.umin.i64(i64 %55, i64 %39)
  store i64 %56, i64* %lowStart, align 8
  %57 = getelementptr i8, i8* %mem, i64 %39
  call void @llvm.memset.p0i8.i64(i8* %57, i8 0, i64 2, i1 false)
  %58 = load i32, i32* %dict, align 4
  %59 = zext i32 %58 to i64
  %60 = add i64 %59, 32
  %61 = add i64 %60, 1
  %62 = icmp ugt i64 %61, %arena_size
  br i1 %62, label %trap17.site0, label %ok4

trap17.site1:                                     ; preds = %ok2
  %63 = load i64, i64* %lowStart, align 8
  %64 = getelementptr i64, i64* %regs, i64 6
  store i64 %63, i64* %64, align 8
  %65 = load i64, i64* %lowEnd, align 8
  %66 = getelementptr i64, i64* %regs, i64 7
  store i64 %65, i64* %66, align 8
  %67 = load i64, i64* %highEnd, align 8
  %68 = getelementptr i64, i64* %regs, i64 8
  store i64 %67, i64* %68, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 1)
  unreachable

ok4:                                              ; preds = %ok3
  %69 = getelementptr i8, i8* %mem, i64 %60
  %70 = load i8, i8* %69, align 1
  %71 = zext i8 %70 to i32
  %72 = icmp eq i32 %71, 0
  %73 = zext i1 %72 to i32
  %74 = icmp ne i32 %73, 0
  br i1 %74, label %then, label %else

trap17.site0:                                     ; preds = %e8, %ok67, %join63, %ok58, %e11, %e9, %ok38, %e1, %ok35, %join26, %then24, %ok20, %ok18, %stack_ok17, %ok13, %ok8, %ok7, %ok6, %ok3
  %75 = load i64, i64* %lowStart, align 8
  %76 = getelementptr i64, i64* %regs, i64 6
  store i64 %75, i64* %76, align 8
  %77 = load i64, i64* %lowEnd, align 8
  %78 = getelementptr i64, i64* %regs, i64 7
  store i64 %77, i64* %78, align 8
  %79 = load i64, i64* %highEnd, align 8
  %80 = getelementptr i64, i64* %regs, i64 8
  store i64 %79, i64* %80, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

then:                                             ; preds = %ok4
  %81 = load i32, i32* %dict, align 4
  %82 = icmp uge i32 %depth, 1000
  br i1 %82, label %trap15.site2, label %ok5

else:                                             ; preds = %ok4
  br label %join

join:                                             ; preds = %else, %stack_ok
  %83 = getelementptr i64, i64* %regs, i64 1
  %84 = getelementptr i64, i64* %regs, i64 2
  %85 = load i64, i64* %83, align 8
  %86 = add i64 %85, 3
  %87 = and i64 %86, -4
  %88 = add i64 %87, 8
  %89 = load i64, i64* %84, align 8
  %90 = icmp ugt i64 %88, %89
  br i1 %90, label %trap15.site3, label %ok6

ok5:                                              ; preds = %then
  %91 = getelementptr i64, i64* %regs, i64 10
  %92 = load i64, i64* %91, align 8
  %93 = icmp ult i64 %10, %92
  br i1 %93, label %trap253.site0, label %stack_ok

trap15.site2:                                     ; preds = %then
  %94 = load i64, i64* %lowStart, align 8
  %95 = getelementptr i64, i64* %regs, i64 6
  store i64 %94, i64* %95, align 8
  %96 = load i64, i64* %lowEnd, align 8
  %97 = getelementptr i64, i64* %regs, i64 7
  store i64 %96, i64* %97, align 8
  %98 = load i64, i64* %highEnd, align 8
  %99 = getelementptr i64, i64* %regs, i64 8
  store i64 %98, i64* %99, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 2)
  unreachable

stack_ok:                                         ; preds = %ok5
  %100 = load i64, i64* %fuel, align 8
  %101 = getelementptr i64, i64* %regs, i64 0
  store i64 %100, i64* %101, align 8
  %102 = load i64, i64* %lowStart, align 8
  %103 = getelementptr i64, i64* %regs, i64 6
  store i64 %102, i64* %103, align 8
  %104 = load i64, i64* %lowEnd, align 8
  %105 = getelementptr i64, i64* %regs, i64 7
  store i64 %104, i64* %105, align 8
  %106 = load i64, i64* %highEnd, align 8
  %107 = getelementptr i64, i64* %regs, i64 8
  store i64 %106, i64* %107, align 8
  %108 = add i32 %depth, 1
  call void @m0.field.rate(i64* %regs, i8* %mem, i32 %108, i32 %81)
  %109 = getelementptr i64, i64* %regs, i64 0
  %110 = load i64, i64* %109, align 8
  store i64 %110, i64* %fuel, align 8
  %111 = getelementptr i64, i64* %regs, i64 6
  %112 = load i64, i64* %111, align 8
  store i64 %112, i64* %lowStart, align 8
  %113 = getelementptr i64, i64* %regs, i64 7
  %114 = load i64, i64* %113, align 8
  store i64 %114, i64* %lowEnd, align 8
  %115 = getelementptr i64, i64* %regs, i64 8
  %116 = load i64, i64* %115, align 8
  store i64 %116, i64* %highEnd, align 8
  br label %join

trap253.site0:                                    ; preds = %ok73, %ok44, %ok31, %ok16, %ok5
  %117 = load i64, i64* %lowStart, align 8
  %118 = getelementptr i64, i64* %regs, i64 6
  store i64 %117, i64* %118, align 8
  %119 = load i64, i64* %lowEnd, align 8
  %120 = getelementptr i64, i64* %regs, i64 7
  store i64 %119, i64* %120, align 8
  %121 = load i64, i64* %highEnd, align 8
  %122 = getelementptr i64, i64* %regs, i64 8
  store i64 %121, i64* %122, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok6:                                              ; preds = %join
  store i64 %88, i64* %83, align 8
  %123 = trunc i64 %87 to i32
  store i32 %123, i32* %closure, align 4
  %124 = load i32, i32* %closure, align 4
  %125 = zext i32 %124 to i64
  %126 = add i64 %125, 4
  %127 = icmp ugt i64 %126, %arena_size
  br i1 %127, label %trap17.site0, label %ok7

trap15.site3:                                     ; preds = %join
  %128 = load i64, i64* %lowStart, align 8
  %129 = getelementptr i64, i64* %regs, i64 6
  store i64 %128, i64* %129, align 8
  %130 = load i64, i64* %lowEnd, align 8
  %131 = getelementptr i64, i64* %regs, i64 7
  store i64 %130, i64* %131, align 8
  %132 = load i64, i64* %highEnd, align 8
  %133 = getelementptr i64, i64* %regs, i64 8
  store i64 %132, i64* %133, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 3)
  unreachable

ok7:                                              ; preds = %ok6
  %134 = getelementptr i8, i8* %mem, i64 %125
  %135 = icmp ult i64 %125, %scratch_start
  %136 = load i64, i64* %lowEnd, align 8
  %137 = load i64, i64* %highEnd, align 8
  %138 = call i64 @llvm.umax.i64(i64 %136, i64 %126)
  %139 = select i1 %135, i64 %138, i64 %136
  store i64 %139, i64* %lowEnd, align 8
  %140 = call i64 @llvm.umax.i64(i64 %137, i64 %126)
  %141 = select i1 %135, i64 %137, i64 %140
  store i64 %141, i64* %highEnd, align 8
  %142 = load i64, i64* %lowStart, align 8
  %143 = call i64 @llvm.umin.i64(i64 %142, i64 %125)
  store i64 %143, i64* %lowStart, align 8
  store i32 0, i32* %unaligned, align 4
  %144 = bitcast i32* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %134, i8* %144, i64 4, i1 false)
  %145 = load i32, i32* %closure, align 4
  %146 = load i32, i32* %dict, align 4
  %147 = zext i32 %145 to i64
  %148 = add i64 %147, 4
  %149 = add i64 %148, 4
  %150 = icmp ugt i64 %149, %arena_size
  br i1 %150, label %trap17.site0, label %ok8

ok8:                                              ; preds = %ok7
  %151 = getelementptr i8, i8* %mem, i64 %148
  %152 = icmp ult i64 %148, %scratch_start
  %153 = load i64, i64* %lowEnd, align 8
  %154 = load i64, i64* %highEnd, align 8
  %155 = call i64 @llvm.umax.i64(i64 %153, i64 %149)
  %156 = select i1 %152, i64 %155, i64 %153
  store i64 %156, i64* %lowEnd, align 8
  %157 = call i64 @llvm.umax.i64(i64 %154, i64 %149)
  %158 = select i1 %152, i64 %154, i64 %157
  store i64 %158, i64* %highEnd, align 8
  %159 = load i64, i64* %lowStart, align 8
  %160 = call i64 @llvm.umin.i64(i64 %159, i64 %148)
  store i64 %160, i64* %lowStart, align 8
  store i32 %146, i32* %unaligned9, align 4
  %161 = bitcast i32* %unaligned9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %151, i8* %161, i64 4, i1 false)
  %162 = load i32, i32* %dict, align 4
  %163 = load i32, i32* %closure, align 4
  %164 = zext i32 %162 to i64
  %165 = add i64 %164, 8
  %166 = add i64 %165, 4
  %167 = icmp ugt i64 %166, %arena_size
  br i1 %167, label %trap17.site0, label %ok10

ok10:                                             ; preds = %ok8
  %168 = getelementptr i8, i8* %mem, i64 %165
  %169 = icmp ult i64 %165, %scratch_start
  %170 = load i64, i64* %lowEnd, align 8
  %171 = load i64, i64* %highEnd, align 8
  %172 = call i64 @llvm.umax.i64(i64 %170, i64 %166)
  %173 = select i1 %169, i64 %172, i64 %170
  store i64 %173, i64* %lowEnd, align 8
  %174 = call i64 @llvm.umax.i64(i64 %171, i64 %166)
  %175 = select i1 %169, i64 %171, i64 %174
  store i64 %175, i64* %highEnd, align 8
  %176 = load i64, i64* %lowStart, align 8
  %177 = call i64 @llvm.umin.i64(i64 %176, i64 %165)
  store i64 %177, i64* %lowStart, align 8
  store i32 %163, i32* %unaligned11, align 4
  %178 = bitcast i32* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %168, i8* %178, i64 4, i1 false)
  %179 = getelementptr i64, i64* %regs, i64 1
  %180 = getelementptr i64, i64* %regs, i64 2
  %181 = load i64, i64* %179, align 8
  %182 = add i64 %181, 7
  %183 = and i64 %182, -8
  %184 = add i64 %183, 24
  %185 = load i64, i64* %180, align 8
  %186 = icmp ugt i64 %184, %185
  br i1 %186, label %trap15.site4, label %ok13

e1:                                               ; preds = %ok36
  %187 = load i32, i32* %result12, align 4
  store i32 %187, i32* %totals, align 4
  %188 = load i32, i32* %dict, align 4
  %189 = load i32, i32* %totals, align 4
  %190 = zext i32 %188 to i64
  %191 = add i64 %190, 12
  %192 = add i64 %191, 4
  %193 = icmp ugt i64 %192, %arena_size
  br i1 %193, label %trap17.site0, label %ok38

ok13:                                             ; preds = %ok10
  store i64 %184, i64* %179, align 8
  %194 = trunc i64 %183 to i32
  store i32 %194, i32* %dict.1, align 4
  store i64 10, i64* %base, align 8
  %195 = load i32, i32* %dict.1, align 4
  %196 = load i64, i64* %base, align 8
  %197 = zext i32 %195 to i64
  %198 = add i64 %197, 8
  %199 = icmp ugt i64 %198, %arena_size
  br i1 %199, label %trap17.site0, label %ok14

trap15.site4:                                     ; preds = %ok10
  %200 = load i64, i64* %lowStart, align 8
  %201 = getelementptr i64, i64* %regs, i64 6
  store i64 %200, i64* %201, align 8
  %202 = load i64, i64* %lowEnd, align 8
  %203 = getelementptr i64, i64* %regs, i64 7
  store i64 %202, i64* %203, align 8
  %204 = load i64, i64* %highEnd, align 8
  %205 = getelementptr i64, i64* %regs, i64 8
  store i64 %204, i64* %205, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 4)
  unreachable

ok14:                                             ; preds = %ok13
  %206 = getelementptr i8, i8* %mem, i64 %197
  %207 = icmp ult i64 %197, %scratch_start
  %208 = load i64, i64* %lowEnd, align 8
  %209 = load i64, i64* %highEnd, align 8
  %210 = call i64 @llvm.umax.i64(i64 %208, i64 %198)
  %211 = select i1 %207, i64 %210, i64 %208
  store i64 %211, i64* %lowEnd, align 8
  %212 = call i64 @llvm.umax.i64(i64 %209, i64 %198)
  %213 = select i1 %207, i64 %209, i64 %212
  store i64 %213, i64* %highEnd, align 8
  %214 = load i64, i64* %lowStart, align 8
  %215 = call i64 @llvm.umin.i64(i64 %214, i64 %197)
  store i64 %215, i64* %lowStart, align 8
  store i64 %196, i64* %unaligned15, align 8
  %216 = bitcast i64* %unaligned15 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %206, i8* %216, i64 8, i1 false)
  %217 = load i32, i32* %dict, align 4
  %218 = load i64, i64* %base, align 8
  %219 = icmp uge i32 %depth, 1000
  br i1 %219, label %trap15.site5, label %ok16

ok16:                                             ; preds = %ok14
  %220 = getelementptr i64, i64* %regs, i64 10
  %221 = load i64, i64* %220, align 8
  %222 = icmp ult i64 %10, %221
  br i1 %222, label %trap253.site0, label %stack_ok17

trap15.site5:                                     ; preds = %ok14
  %223 = load i64, i64* %lowStart, align 8
  %224 = getelementptr i64, i64* %regs, i64 6
  store i64 %223, i64* %224, align 8
  %225 = load i64, i64* %lowEnd, align 8
  %226 = getelementptr i64, i64* %regs, i64 7
  store i64 %225, i64* %226, align 8
  %227 = load i64, i64* %highEnd, align 8
  %228 = getelementptr i64, i64* %regs, i64 8
  store i64 %227, i64* %228, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 5)
  unreachable

stack_ok17:                                       ; preds = %ok16
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
  %237 = add i32 %depth, 1
  %238 = call i64 @m0.fn.scale(i64* %regs, i8* %mem, i32 %237, i32 %217, i64 %218)
  %239 = getelementptr i64, i64* %regs, i64 0
  %240 = load i64, i64* %239, align 8
  store i64 %240, i64* %fuel, align 8
  %241 = getelementptr i64, i64* %regs, i64 6
  %242 = load i64, i64* %241, align 8
  store i64 %242, i64* %lowStart, align 8
  %243 = getelementptr i64, i64* %regs, i64 7
  %244 = load i64, i64* %243, align 8
  store i64 %244, i64* %lowEnd, align 8
  %245 = getelementptr i64, i64* %regs, i64 8
  %246 = load i64, i64* %245, align 8
  store i64 %246, i64* %highEnd, align 8
  store i64 %238, i64* %scaled, align 8
  %247 = load i32, i32* %dict.1, align 4
  %248 = load i64, i64* %scaled, align 8
  %249 = zext i32 %247 to i64
  %250 = add i64 %249, 8
  %251 = add i64 %250, 8
  %252 = icmp ugt i64 %251, %arena_size
  br i1 %252, label %trap17.site0, label %ok18

ok18:                                             ; preds = %stack_ok17
  %253 = getelementptr i8, i8* %mem, i64 %250
  %254 = icmp ult i64 %250, %scratch_start
  %255 = load i64, i64* %lowEnd, align 8
  %256 = load i64, i64* %highEnd, align 8
  %257 = call i64 @llvm.umax.i64(i64 %255, i64 %251)
  %258 = select i1 %254, i64 %257, i64 %255
  store i64 %258, i64* %lowEnd, align 8
  %259 = call i64 @llvm.umax.i64(i64 %256, i64 %251)
  %260 = select i1 %254, i64 %256, i64 %259
  store i64 %260, i64* %highEnd, align 8
  %261 = load i64, i64* %lowStart, align 8
  %262 = call i64 @llvm.umin.i64(i64 %261, i64 %250)
  store i64 %262, i64* %lowStart, align 8
  store i64 %248, i64* %unaligned19, align 8
  %263 = bitcast i64* %unaligned19 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %253, i8* %263, i64 8, i1 false)
  %264 = load i32, i32* %dict, align 4
  %265 = zext i32 %264 to i64
  %266 = add i64 %265, 8
  %267 = icmp ugt i64 %266, %arena_size
  br i1 %267, label %trap17.site0, label %ok20

ok20:                                             ; preds = %ok18
  %268 = getelementptr i8, i8* %mem, i64 %265
  %269 = bitcast i64* %unaligned21 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %269, i8* %268, i64 8, i1 false)
  %270 = load i64, i64* %unaligned21, align 8
  %271 = load i32, i32* %dict, align 4
  %272 = zext i32 %271 to i64
  %273 = add i64 %272, 33
  %274 = add i64 %273, 1
  %275 = icmp ugt i64 %274, %arena_size
  br i1 %275, label %trap17.site0, label %ok23

e7:                                               ; preds = %ok33
  %276 = load i64, i64* %result22, align 8
  %277 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %270, i64 %276)
  %278 = extractvalue { i64, i1 } %277, 1
  br i1 %278, label %trap2.site6, label %ok35

ok23:                                             ; preds = %ok20
  %279 = getelementptr i8, i8* %mem, i64 %273
  %280 = load i8, i8* %279, align 1
  %281 = zext i8 %280 to i32
  %282 = icmp ne i32 %281, 2
  %283 = zext i1 %282 to i32
  %284 = icmp ne i32 %283, 0
  br i1 %284, label %then24, label %else25

then24:                                           ; preds = %ok23
  %285 = load i32, i32* %dict, align 4
  %286 = zext i32 %285 to i64
  %287 = add i64 %286, 33
  %288 = add i64 %287, 1
  %289 = icmp ugt i64 %288, %arena_size
  br i1 %289, label %trap17.site0, label %ok27

else25:                                           ; preds = %ok23
  br label %join26

join26:                                           ; preds = %else25, %stack_ok32
  %290 = load i32, i32* %dict, align 4
  %291 = zext i32 %290 to i64
  %292 = add i64 %291, 16
  %293 = add i64 %292, 8
  %294 = icmp ugt i64 %293, %arena_size
  br i1 %294, label %trap17.site0, label %ok33

ok27:                                             ; preds = %then24
  %295 = getelementptr i8, i8* %mem, i64 %287
  %296 = load i8, i8* %295, align 1
  %297 = zext i8 %296 to i32
  %298 = icmp eq i32 %297, 1
  %299 = zext i1 %298 to i32
  %300 = icmp ne i32 %299, 0
  br i1 %300, label %then28, label %else29

then28:                                           ; preds = %ok27
  br label %trap6.site7

else29:                                           ; preds = %ok27
  br label %join30

join30:                                           ; preds = %else29, %dead
  %301 = load i32, i32* %dict, align 4
  %302 = icmp uge i32 %depth, 1000
  br i1 %302, label %trap15.site7, label %ok31

trap6.site7:                                      ; preds = %then28
  %303 = load i64, i64* %lowStart, align 8
  %304 = getelementptr i64, i64* %regs, i64 6
  store i64 %303, i64* %304, align 8
  %305 = load i64, i64* %lowEnd, align 8
  %306 = getelementptr i64, i64* %regs, i64 7
  store i64 %305, i64* %306, align 8
  %307 = load i64, i64* %highEnd, align 8
  %308 = getelementptr i64, i64* %regs, i64 8
  store i64 %307, i64* %308, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 7)
  unreachable

dead:                                             ; No predecessors!
  br label %join30

ok31:                                             ; preds = %join30
  %309 = getelementptr i64, i64* %regs, i64 10
  %310 = load i64, i64* %309, align 8
  %311 = icmp ult i64 %10, %310
  br i1 %311, label %trap253.site0, label %stack_ok32

trap15.site7:                                     ; preds = %join30
  %312 = load i64, i64* %lowStart, align 8
  %313 = getelementptr i64, i64* %regs, i64 6
  store i64 %312, i64* %313, align 8
  %314 = load i64, i64* %lowEnd, align 8
  %315 = getelementptr i64, i64* %regs, i64 7
  store i64 %314, i64* %315, align 8
  %316 = load i64, i64* %highEnd, align 8
  %317 = getelementptr i64, i64* %regs, i64 8
  store i64 %316, i64* %317, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 7)
  unreachable

stack_ok32:                                       ; preds = %ok31
  %318 = load i64, i64* %fuel, align 8
  %319 = getelementptr i64, i64* %regs, i64 0
  store i64 %318, i64* %319, align 8
  %320 = load i64, i64* %lowStart, align 8
  %321 = getelementptr i64, i64* %regs, i64 6
  store i64 %320, i64* %321, align 8
  %322 = load i64, i64* %lowEnd, align 8
  %323 = getelementptr i64, i64* %regs, i64 7
  store i64 %322, i64* %323, align 8
  %324 = load i64, i64* %highEnd, align 8
  %325 = getelementptr i64, i64* %regs, i64 8
  store i64 %324, i64* %325, align 8
  %326 = add i32 %depth, 1
  call void @m0.field.later(i64* %regs, i8* %mem, i32 %326, i32 %301)
  %327 = getelementptr i64, i64* %regs, i64 0
  %328 = load i64, i64* %327, align 8
  store i64 %328, i64* %fuel, align 8
  %329 = getelementptr i64, i64* %regs, i64 6
  %330 = load i64, i64* %329, align 8
  store i64 %330, i64* %lowStart, align 8
  %331 = getelementptr i64, i64* %regs, i64 7
  %332 = load i64, i64* %331, align 8
  store i64 %332, i64* %lowEnd, align 8
  %333 = getelementptr i64, i64* %regs, i64 8
  %334 = load i64, i64* %333, align 8
  store i64 %334, i64* %highEnd, align 8
  br label %join26

ok33:                                             ; preds = %join26
  %335 = getelementptr i8, i8* %mem, i64 %292
  %336 = bitcast i64* %unaligned34 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %336, i8* %335, i64 8, i1 false)
  %337 = load i64, i64* %unaligned34, align 8
  store i64 %337, i64* %result22, align 8
  br label %e7

ok35:                                             ; preds = %e7
  %338 = extractvalue { i64, i1 } %277, 0
  store i64 %338, i64* %from_root, align 8
  %339 = load i32, i32* %dict.1, align 4
  %340 = load i64, i64* %from_root, align 8
  %341 = zext i32 %339 to i64
  %342 = add i64 %341, 16
  %343 = add i64 %342, 8
  %344 = icmp ugt i64 %343, %arena_size
  br i1 %344, label %trap17.site0, label %ok36

trap2.site6:                                      ; preds = %e7
  %345 = load i64, i64* %lowStart, align 8
  %346 = getelementptr i64, i64* %regs, i64 6
  store i64 %345, i64* %346, align 8
  %347 = load i64, i64* %lowEnd, align 8
  %348 = getelementptr i64, i64* %regs, i64 7
  store i64 %347, i64* %348, align 8
  %349 = load i64, i64* %highEnd, align 8
  %350 = getelementptr i64, i64* %regs, i64 8
  store i64 %349, i64* %350, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 6)
  unreachable

ok36:                                             ; preds = %ok35
  %351 = getelementptr i8, i8* %mem, i64 %342
  %352 = icmp ult i64 %342, %scratch_start
  %353 = load i64, i64* %lowEnd, align 8
  %354 = load i64, i64* %highEnd, align 8
  %355 = call i64 @llvm.umax.i64(i64 %353, i64 %343)
  %356 = select i1 %352, i64 %355, i64 %353
  store i64 %356, i64* %lowEnd, align 8
  %357 = call i64 @llvm.umax.i64(i64 %354, i64 %343)
  %358 = select i1 %352, i64 %354, i64 %357
  store i64 %358, i64* %highEnd, align 8
  %359 = load i64, i64* %lowStart, align 8
  %360 = call i64 @llvm.umin.i64(i64 %359, i64 %342)
  store i64 %360, i64* %lowStart, align 8
  store i64 %340, i64* %unaligned37, align 8
  %361 = bitcast i64* %unaligned37 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %351, i8* %361, i64 8, i1 false)
  %362 = load i32, i32* %dict.1, align 4
  store i32 %362, i32* %result12, align 4
  br label %e1

ok38:                                             ; preds = %e1
  %363 = getelementptr i8, i8* %mem, i64 %191
  %364 = icmp ult i64 %191, %scratch_start
  %365 = load i64, i64* %lowEnd, align 8
  %366 = load i64, i64* %highEnd, align 8
  %367 = call i64 @llvm.umax.i64(i64 %365, i64 %192)
  %368 = select i1 %364, i64 %367, i64 %365
  store i64 %368, i64* %lowEnd, align 8
  %369 = call i64 @llvm.umax.i64(i64 %366, i64 %192)
  %370 = select i1 %364, i64 %366, i64 %369
  store i64 %370, i64* %highEnd, align 8
  %371 = load i64, i64* %lowStart, align 8
  %372 = call i64 @llvm.umin.i64(i64 %371, i64 %191)
  store i64 %372, i64* %lowStart, align 8
  store i32 %189, i32* %unaligned39, align 4
  %373 = bitcast i32* %unaligned39 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %363, i8* %373, i64 4, i1 false)
  %374 = load i32, i32* %dict, align 4
  %375 = zext i32 %374 to i64
  %376 = add i64 %375, 33
  %377 = add i64 %376, 1
  %378 = icmp ugt i64 %377, %arena_size
  br i1 %378, label %trap17.site0, label %ok40

ok40:                                             ; preds = %ok38
  %379 = getelementptr i8, i8* %mem, i64 %376
  %380 = load i8, i8* %379, align 1
  %381 = zext i8 %380 to i32
  %382 = icmp eq i32 %381, 0
  %383 = zext i1 %382 to i32
  %384 = icmp ne i32 %383, 0
  br i1 %384, label %then41, label %else42

then41:                                           ; preds = %ok40
  %385 = load i32, i32* %dict, align 4
  %386 = icmp uge i32 %depth, 1000
  br i1 %386, label %trap15.site8, label %ok44

else42:                                           ; preds = %ok40
  br label %join43

join43:                                           ; preds = %else42, %stack_ok45
  store i32 8, i32* %result47, align 4
  br label %e9

ok44:                                             ; preds = %then41
  %387 = getelementptr i64, i64* %regs, i64 10
  %388 = load i64, i64* %387, align 8
  %389 = icmp ult i64 %10, %388
  br i1 %389, label %trap253.site0, label %stack_ok45

trap15.site8:                                     ; preds = %then41
  %390 = load i64, i64* %lowStart, align 8
  %391 = getelementptr i64, i64* %regs, i64 6
  store i64 %390, i64* %391, align 8
  %392 = load i64, i64* %lowEnd, align 8
  %393 = getelementptr i64, i64* %regs, i64 7
  store i64 %392, i64* %393, align 8
  %394 = load i64, i64* %highEnd, align 8
  %395 = getelementptr i64, i64* %regs, i64 8
  store i64 %394, i64* %395, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 8)
  unreachable

stack_ok45:                                       ; preds = %ok44
  %396 = load i64, i64* %fuel, align 8
  %397 = getelementptr i64, i64* %regs, i64 0
  store i64 %396, i64* %397, align 8
  %398 = load i64, i64* %lowStart, align 8
  %399 = getelementptr i64, i64* %regs, i64 6
  store i64 %398, i64* %399, align 8
  %400 = load i64, i64* %lowEnd, align 8
  %401 = getelementptr i64, i64* %regs, i64 7
  store i64 %400, i64* %401, align 8
  %402 = load i64, i64* %highEnd, align 8
  %403 = getelementptr i64, i64* %regs, i64 8
  store i64 %402, i64* %403, align 8
  %404 = add i32 %depth, 1
  call void @m0.field.later(i64* %regs, i8* %mem, i32 %404, i32 %385)
  %405 = getelementptr i64, i64* %regs, i64 0
  %406 = load i64, i64* %405, align 8
  store i64 %406, i64* %fuel, align 8
  %407 = getelementptr i64, i64* %regs, i64 6
  %408 = load i64, i64* %407, align 8
  store i64 %408, i64* %lowStart, align 8
  %409 = getelementptr i64, i64* %regs, i64 7
  %410 = load i64, i64* %409, align 8
  store i64 %410, i64* %lowEnd, align 8
  %411 = getelementptr i64, i64* %regs, i64 8
  %412 = load i64, i64* %411, align 8
  store i64 %412, i64* %highEnd, align 8
  br label %join43

e8:                                               ; preds = %ok70
  %413 = load i32, i32* %result46, align 4
  store i32 %413, i32* %label, align 4
  %414 = load i32, i32* %dict, align 4
  %415 = load i32, i32* %label, align 4
  %416 = zext i32 %414 to i64
  %417 = add i64 %416, 24
  %418 = add i64 %417, 4
  %419 = icmp ugt i64 %418, %arena_size
  br i1 %419, label %trap17.site0, label %ok71

e9:                                               ; preds = %join43
  %420 = load i32, i32* %result47, align 4
  store i32 %420, i32* %part, align 4
  %421 = load i32, i32* %dict, align 4
  %422 = zext i32 %421 to i64
  %423 = add i64 %422, 16
  %424 = add i64 %423, 8
  %425 = icmp ugt i64 %424, %arena_size
  br i1 %425, label %trap17.site0, label %ok49

e11:                                              ; preds = %ok49
  %426 = load i32, i32* %result48, align 4
  store i32 %426, i32* %part.1, align 4
  %427 = getelementptr i64, i64* %regs, i64 1
  %428 = load i64, i64* %427, align 8
  %429 = trunc i64 %428 to i32
  %430 = add i32 %429, 3
  %431 = and i32 %430, -4
  store i32 %431, i32* %text, align 4
  %432 = load i32, i32* %text, align 4
  %433 = add i32 %432, 4
  store i32 %433, i32* %cur, align 4
  %434 = load i32, i32* %part, align 4
  store i32 %434, i32* %s, align 4
  %435 = load i32, i32* %s, align 4
  %436 = zext i32 %435 to i64
  %437 = add i64 %436, 4
  %438 = icmp ugt i64 %437, %arena_size
  br i1 %438, label %trap17.site0, label %ok51

ok49:                                             ; preds = %e9
  %439 = getelementptr i8, i8* %mem, i64 %423
  %440 = bitcast i64* %unaligned50 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %440, i8* %439, i64 8, i1 false)
  %441 = load i64, i64* %unaligned50, align 8
  store i32 16, i32* %result48, align 4
  br label %e11

ok51:                                             ; preds = %e11
  %442 = getelementptr i8, i8* %mem, i64 %436
  %443 = bitcast i32* %unaligned52 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %443, i8* %442, i64 4, i1 false)
  %444 = load i32, i32* %unaligned52, align 4
  store i32 %444, i32* %slen, align 4
  %445 = load i32, i32* %cur, align 4
  %446 = load i32, i32* %slen, align 4
  %447 = add i32 %445, %446
  %448 = getelementptr i64, i64* %regs, i64 2
  %449 = load i64, i64* %448, align 8
  %450 = trunc i64 %449 to i32
  %451 = icmp ugt i32 %447, %450
  %452 = zext i1 %451 to i32
  %453 = icmp ne i32 %452, 0
  br i1 %453, label %then53, label %else54

then53:                                           ; preds = %ok51
  br label %trap15.site9

else54:                                           ; preds = %ok51
  br label %join55

join55:                                           ; preds = %else54, %dead56
  %454 = load i32, i32* %cur, align 4
  %455 = load i32, i32* %s, align 4
  %456 = add i32 %455, 4
  %457 = load i32, i32* %slen, align 4
  %458 = zext i32 %457 to i64
  %459 = zext i32 %454 to i64
  %460 = add i64 %459, %458
  %461 = icmp ugt i64 %460, %arena_size
  br i1 %461, label %trap17.site9, label %ok57

trap15.site9:                                     ; preds = %ok68, %then61, %then53
  %462 = load i64, i64* %lowStart, align 8
  %463 = getelementptr i64, i64* %regs, i64 6
  store i64 %462, i64* %463, align 8
  %464 = load i64, i64* %lowEnd, align 8
  %465 = getelementptr i64, i64* %regs, i64 7
  store i64 %464, i64* %465, align 8
  %466 = load i64, i64* %highEnd, align 8
  %467 = getelementptr i64, i64* %regs, i64 8
  store i64 %466, i64* %467, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 9)
  unreachable

dead56:                                           ; No predecessors!
  br label %join55

ok57:                                             ; preds = %join55
  %468 = zext i32 %456 to i64
  %469 = add i64 %468, %458
  %470 = icmp ugt i64 %469, %arena_size
  br i1 %470, label %trap17.site9, label %ok58

trap17.site9:                                     ; preds = %ok66, %ok65, %ok57, %join55
  %471 = load i64, i64* %lowStart, align 8
  %472 = getelementptr i64, i64* %regs, i64 6
  store i64 %471, i64* %472, align 8
  %473 = load i64, i64* %lowEnd, align 8
  %474 = getelementptr i64, i64* %regs, i64 7
  store i64 %473, i64* %474, align 8
  %475 = load i64, i64* %highEnd, align 8
  %476 = getelementptr i64, i64* %regs, i64 8
  store i64 %475, i64* %476, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 9)
  unreachable

ok58:                                             ; preds = %ok57
  %477 = icmp ult i64 %459, %scratch_start
  %478 = load i64, i64* %lowEnd, align 8
  %479 = load i64, i64* %highEnd, align 8
  %480 = call i64 @llvm.umax.i64(i64 %478, i64 %460)
  %481 = select i1 %477, i64 %480, i64 %478
  store i64 %481, i64* %lowEnd, align 8
  %482 = call i64 @llvm.umax.i64(i64 %479, i64 %460)
  %483 = select i1 %477, i64 %479, i64 %482
  store i64 %483, i64* %highEnd, align 8
  %484 = load i64, i64* %lowStart, align 8
  %485 = call i64 @llvm.umin.i64(i64 %484, i64 %459)
  store i64 %485, i64* %lowStart, align 8
  %486 = getelementptr i8, i8* %mem, i64 %459
  %487 = getelementptr i8, i8* %mem, i64 %468
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %486, i8* %487, i64 %458, i1 false)
  %488 = load i32, i32* %cur, align 4
  %489 = load i32, i32* %slen, align 4
  %490 = add i32 %488, %489
  store i32 %490, i32* %cur, align 4
  %491 = load i32, i32* %part.1, align 4
  store i32 %491, i32* %s.1, align 4
  %492 = load i32, i32* %s.1, align 4
  %493 = zext i32 %492 to i64
  %494 = add i64 %493, 4
  %495 = icmp ugt i64 %494, %arena_size
  br i1 %495, label %trap17.site0, label %ok59

ok59:                                             ; preds = %ok58
  %496 = getelementptr i8, i8* %mem, i64 %493
  %497 = bitcast i32* %unaligned60 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %497, i8* %496, i64 4, i1 false)
  %498 = load i32, i32* %unaligned60, align 4
  store i32 %498, i32* %slen.1, align 4
  %499 = load i32, i32* %cur, align 4
  %500 = load i32, i32* %slen.1, align 4
  %501 = add i32 1, %500
  %502 = add i32 %499, %501
  %503 = getelementptr i64, i64* %regs, i64 2
  %504 = load i64, i64* %503, align 8
  %505 = trunc i64 %504 to i32
  %506 = icmp ugt i32 %502, %505
  %507 = zext i1 %506 to i32
  %508 = icmp ne i32 %507, 0
  br i1 %508, label %then61, label %else62

then61:                                           ; preds = %ok59
  br label %trap15.site9

else62:                                           ; preds = %ok59
  br label %join63

join63:                                           ; preds = %else62, %dead64
  %509 = load i32, i32* %cur, align 4
  %510 = zext i32 %509 to i64
  %511 = add i64 %510, 1
  %512 = icmp ugt i64 %511, %arena_size
  br i1 %512, label %trap17.site0, label %ok65

dead64:                                           ; No predecessors!
  br label %join63

ok65:                                             ; preds = %join63
  %513 = getelementptr i8, i8* %mem, i64 %510
  %514 = icmp ult i64 %510, %scratch_start
  %515 = load i64, i64* %lowEnd, align 8
  %516 = load i64, i64* %highEnd, align 8
  %517 = call i64 @llvm.umax.i64(i64 %515, i64 %511)
  %518 = select i1 %514, i64 %517, i64 %515
  store i64 %518, i64* %lowEnd, align 8
  %519 = call i64 @llvm.umax.i64(i64 %516, i64 %511)
  %520 = select i1 %514, i64 %516, i64 %519
  store i64 %520, i64* %highEnd, align 8
  %521 = load i64, i64* %lowStart, align 8
  %522 = call i64 @llvm.umin.i64(i64 %521, i64 %510)
  store i64 %522, i64* %lowStart, align 8
  store i8 58, i8* %513, align 1
  %523 = load i32, i32* %cur, align 4
  %524 = add i32 %523, 1
  store i32 %524, i32* %cur, align 4
  %525 = load i32, i32* %cur, align 4
  %526 = load i32, i32* %s.1, align 4
  %527 = add i32 %526, 4
  %528 = load i32, i32* %slen.1, align 4
  %529 = zext i32 %528 to i64
  %530 = zext i32 %525 to i64
  %531 = add i64 %530, %529
  %532 = icmp ugt i64 %531, %arena_size
  br i1 %532, label %trap17.site9, label %ok66

ok66:                                             ; preds = %ok65
  %533 = zext i32 %527 to i64
  %534 = add i64 %533, %529
  %535 = icmp ugt i64 %534, %arena_size
  br i1 %535, label %trap17.site9, label %ok67

ok67:                                             ; preds = %ok66
  %536 = icmp ult i64 %530, %scratch_start
  %537 = load i64, i64* %lowEnd, align 8
  %538 = load i64, i64* %highEnd, align 8
  %539 = call i64 @llvm.umax.i64(i64 %537, i64 %531)
  %540 = select i1 %536, i64 %539, i64 %537
  store i64 %540, i64* %lowEnd, align 8
  %541 = call i64 @llvm.umax.i64(i64 %538, i64 %531)
  %542 = select i1 %536, i64 %538, i64 %541
  store i64 %542, i64* %highEnd, align 8
  %543 = load i64, i64* %lowStart, align 8
  %544 = call i64 @llvm.umin.i64(i64 %543, i64 %530)
  store i64 %544, i64* %lowStart, align 8
  %545 = getelementptr i8, i8* %mem, i64 %530
  %546 = getelementptr i8, i8* %mem, i64 %533
  call void @llvm.memmove.p0i8.p0i8.i64(i8* %545, i8* %546, i64 %529, i1 false)
  %547 = load i32, i32* %cur, align 4
  %548 = load i32, i32* %slen.1, align 4
  %549 = add i32 %547, %548
  store i32 %549, i32* %cur, align 4
  %550 = load i32, i32* %cur, align 4
  %551 = load i32, i32* %text, align 4
  %552 = sub i32 %550, %551
  %553 = sub i32 %552, 4
  store i32 %553, i32* %len, align 4
  %554 = load i32, i32* %text, align 4
  %555 = load i32, i32* %len, align 4
  %556 = zext i32 %554 to i64
  %557 = add i64 %556, 4
  %558 = icmp ugt i64 %557, %arena_size
  br i1 %558, label %trap17.site0, label %ok68

ok68:                                             ; preds = %ok67
  %559 = getelementptr i8, i8* %mem, i64 %556
  %560 = icmp ult i64 %556, %scratch_start
  %561 = load i64, i64* %lowEnd, align 8
  %562 = load i64, i64* %highEnd, align 8
  %563 = call i64 @llvm.umax.i64(i64 %561, i64 %557)
  %564 = select i1 %560, i64 %563, i64 %561
  store i64 %564, i64* %lowEnd, align 8
  %565 = call i64 @llvm.umax.i64(i64 %562, i64 %557)
  %566 = select i1 %560, i64 %562, i64 %565
  store i64 %566, i64* %highEnd, align 8
  %567 = load i64, i64* %lowStart, align 8
  %568 = call i64 @llvm.umin.i64(i64 %567, i64 %556)
  store i64 %568, i64* %lowStart, align 8
  store i32 %555, i32* %unaligned69, align 4
  %569 = bitcast i32* %unaligned69 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %559, i8* %569, i64 4, i1 false)
  %570 = load i32, i32* %len, align 4
  %571 = add i32 %570, 4
  %572 = zext i32 %571 to i64
  %573 = getelementptr i64, i64* %regs, i64 1
  %574 = getelementptr i64, i64* %regs, i64 2
  %575 = load i64, i64* %573, align 8
  %576 = add i64 %575, 3
  %577 = and i64 %576, -4
  %578 = add i64 %577, %572
  %579 = load i64, i64* %574, align 8
  %580 = icmp ugt i64 %578, %579
  br i1 %580, label %trap15.site9, label %ok70

ok70:                                             ; preds = %ok68
  store i64 %578, i64* %573, align 8
  %581 = trunc i64 %577 to i32
  store i32 %581, i32* %result46, align 4
  br label %e8

ok71:                                             ; preds = %e8
  %582 = getelementptr i8, i8* %mem, i64 %417
  %583 = icmp ult i64 %417, %scratch_start
  %584 = load i64, i64* %lowEnd, align 8
  %585 = load i64, i64* %highEnd, align 8
  %586 = call i64 @llvm.umax.i64(i64 %584, i64 %418)
  %587 = select i1 %583, i64 %586, i64 %584
  store i64 %587, i64* %lowEnd, align 8
  %588 = call i64 @llvm.umax.i64(i64 %585, i64 %418)
  %589 = select i1 %583, i64 %585, i64 %588
  store i64 %589, i64* %highEnd, align 8
  %590 = load i64, i64* %lowStart, align 8
  %591 = call i64 @llvm.umin.i64(i64 %590, i64 %417)
  store i64 %591, i64* %lowStart, align 8
  store i32 %415, i32* %unaligned72, align 4
  %592 = bitcast i32* %unaligned72 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %582, i8* %592, i64 4, i1 false)
  %593 = load i32, i32* %dict, align 4
  store i32 %593, i32* %result1, align 4
  br label %e0

ok73:                                             ; preds = %e0
  %594 = getelementptr i64, i64* %regs, i64 10
  %595 = load i64, i64* %594, align 8
  %596 = icmp ult i64 %10, %595
  br i1 %596, label %trap253.site0, label %stack_ok74

trap15.site0:                                     ; preds = %e0
  %597 = load i64, i64* %lowStart, align 8
  %598 = getelementptr i64, i64* %regs, i64 6
  store i64 %597, i64* %598, align 8
  %599 = load i64, i64* %lowEnd, align 8
  %600 = getelementptr i64, i64* %regs, i64 7
  store i64 %599, i64* %600, align 8
  %601 = load i64, i64* %highEnd, align 8
  %602 = getelementptr i64, i64* %regs, i64 8
  store i64 %601, i64* %602, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 0)
  unreachable

stack_ok74:                                       ; preds = %ok73
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
  %611 = add i32 %depth, 1
  %612 = call i32 @m0.codec.enc.record.0(i64* %regs, i8* %mem, i32 %611, i32 %33, i32 %34, i32 0)
  %613 = getelementptr i64, i64* %regs, i64 0
  %614 = load i64, i64* %613, align 8
  store i64 %614, i64* %fuel, align 8
  %615 = getelementptr i64, i64* %regs, i64 6
  %616 = load i64, i64* %615, align 8
  store i64 %616, i64* %lowStart, align 8
  %617 = getelementptr i64, i64* %regs, i64 7
  %618 = load i64, i64* %617, align 8
  store i64 %618, i64* %lowEnd, align 8
  %619 = getelementptr i64, i64* %regs, i64 8
  %620 = load i64, i64* %619, align 8
  store i64 %620, i64* %highEnd, align 8
  store i32 %612, i32* %json_end, align 4
  %621 = load i32, i32* %json_end, align 4
  %622 = icmp eq i32 %621, -2
  %623 = zext i1 %622 to i32
  %624 = icmp ne i32 %623, 0
  br i1 %624, label %then75, label %else76

then75:                                           ; preds = %stack_ok74
  br label %trap16.site1

else76:                                           ; preds = %stack_ok74
  br label %join77

join77:                                           ; preds = %else76, %dead78
  %625 = load i32, i32* %json_end, align 4
  %626 = icmp eq i32 %625, -1
  %627 = zext i1 %626 to i32
  %628 = icmp ne i32 %627, 0
  br i1 %628, label %then79, label %else80

trap16.site1:                                     ; preds = %then75
  %629 = load i64, i64* %lowStart, align 8
  %630 = getelementptr i64, i64* %regs, i64 6
  store i64 %629, i64* %630, align 8
  %631 = load i64, i64* %lowEnd, align 8
  %632 = getelementptr i64, i64* %regs, i64 7
  store i64 %631, i64* %632, align 8
  %633 = load i64, i64* %highEnd, align 8
  %634 = getelementptr i64, i64* %regs, i64 8
  store i64 %633, i64* %634, align 8
  call void @tetra_trap(i64* %regs, i32 16, i32 1)
  unreachable

dead78:                                           ; No predecessors!
  br label %join77

then79:                                           ; preds = %join77
  br label %trap15.site1

else80:                                           ; preds = %join77
  br label %join81

join81:                                           ; preds = %else80, %dead82
  %635 = load i32, i32* %json_end, align 4
  %636 = zext i32 %635 to i64
  %637 = getelementptr i64, i64* %regs, i64 3
  store i64 %636, i64* %637, align 8
  %638 = load i32, i32* %json_end, align 4
  %639 = load i32, i32* %json_start, align 4
  %640 = sub i32 %638, %639
  %641 = load i64, i64* %fuel, align 8
  %642 = getelementptr i64, i64* %regs, i64 0
  store i64 %641, i64* %642, align 8
  %643 = load i64, i64* %lowStart, align 8
  %644 = getelementptr i64, i64* %regs, i64 6
  store i64 %643, i64* %644, align 8
  %645 = load i64, i64* %lowEnd, align 8
  %646 = getelementptr i64, i64* %regs, i64 7
  store i64 %645, i64* %646, align 8
  %647 = load i64, i64* %highEnd, align 8
  %648 = getelementptr i64, i64* %regs, i64 8
  store i64 %647, i64* %648, align 8
  ret i32 %640

dead82:                                           ; No predecessors!
  br label %join81
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
  %35 = zext i32 %34 to i64
  %36 = add i64 %35, 8
  %37 = icmp ugt i64 %36, %arena_size
  br i1 %37, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok2, %ok1, %ok
  %38 = load i64, i64* %lowStart, align 8
  %39 = getelementptr i64, i64* %regs, i64 6
  store i64 %38, i64* %39, align 8
  %40 = load i64, i64* %lowEnd, align 8
  %41 = getelementptr i64, i64* %regs, i64 7
  store i64 %40, i64* %41, align 8
  %42 = load i64, i64* %highEnd, align 8
  %43 = getelementptr i64, i64* %regs, i64 8
  store i64 %42, i64* %43, align 8
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

ok2:                                              ; preds = %ok1
  %44 = getelementptr i8, i8* %mem, i64 %35
  %45 = icmp ult i64 %35, %scratch_start
  %46 = load i64, i64* %lowEnd, align 8
  %47 = load i64, i64* %highEnd, align 8
  %48 = call i64 @llvm.umax.i64(i64 %46, i64 %36)
  %49 = select i1 %45, i64 %48, i64 %46
  store i64 %49, i64* %lowEnd, align 8
  %50 = call i64 @llvm.umax.i64(i64 %47, i64 %36)
  %51 = select i1 %45, i64 %47, i64 %50
  store i64 %51, i64* %highEnd, align 8
  %52 = load i64, i64* %lowStart, align 8
  %53 = call i64 @llvm.umin.i64(i64 %52, i64 %35)
  store i64 %53, i64* %lowStart, align 8
  store i64 3, i64* %unaligned, align 8
  %54 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %44, i8* %54, i64 8, i1 false)
  %55 = load i32, i32* %frame, align 4
  %56 = zext i32 %55 to i64
  %57 = add i64 %56, 32
  %58 = add i64 %57, 1
  %59 = icmp ugt i64 %58, %arena_size
  br i1 %59, label %trap17.site0, label %ok3

ok3:                                              ; preds = %ok2
  %60 = getelementptr i8, i8* %mem, i64 %57
  %61 = icmp ult i64 %57, %scratch_start
  %62 = load i64, i64* %lowEnd, align 8
  %63 = load i64, i64* %highEnd, align 8
  %64 = call i64 @llvm.umax.i64(i64 %62, i64 %58)
  %65 = select i1 %61, i64 %64, i64 %62
  store i64 %65, i64* %lowEnd, align 8
  %66 = call i64 @llvm.umax.i64(i64 %63, i64 %58)
  %67 = select i1 %61, i64 %63, i64 %66
  store i64 %67, i64* %highEnd, align 8
  %68 = load i64, i64* %lowStart, align 8
  %69 = call i64 @llvm.umin.i64(i64 %68, i64 %57)
  store i64 %69, i64* %lowStart, align 8
  store i8 2, i8* %60, align 1
  %70 = load i64, i64* %fuel, align 8
  %71 = getelementptr i64, i64* %regs, i64 0
  store i64 %70, i64* %71, align 8
  %72 = load i64, i64* %lowStart, align 8
  %73 = getelementptr i64, i64* %regs, i64 6
  store i64 %72, i64* %73, align 8
  %74 = load i64, i64* %lowEnd, align 8
  %75 = getelementptr i64, i64* %regs, i64 7
  store i64 %74, i64* %75, align 8
  %76 = load i64, i64* %highEnd, align 8
  %77 = getelementptr i64, i64* %regs, i64 8
  store i64 %76, i64* %77, align 8
  ret void
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
  %result = alloca i64, align 8
  %unaligned = alloca i64, align 8
  br label %body

body:                                             ; preds = %entry
  %4 = load i64, i64* %fuel, align 8
  %5 = icmp ult i64 %4, 1
  br i1 %5, label %trap14.site0, label %ok

ok:                                               ; preds = %body
  %6 = sub i64 %4, 1
  store i64 %6, i64* %fuel, align 8
  %7 = load i64, i64* %v, align 8
  %8 = load i32, i32* %env, align 4
  %9 = zext i32 %8 to i64
  %10 = add i64 %9, 32
  %11 = add i64 %10, 1
  %12 = icmp ugt i64 %11, %arena_size
  br i1 %12, label %trap17.site0, label %ok1

trap14.site0:                                     ; preds = %body
  call void @tetra_trap(i64* %regs, i32 14, i32 0)
  unreachable

e2:                                               ; preds = %ok7
  %13 = load i64, i64* %result, align 8
  %14 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %7, i64 %13)
  %15 = extractvalue { i64, i1 } %14, 1
  br i1 %15, label %trap2.site12, label %ok8

ok1:                                              ; preds = %ok
  %16 = getelementptr i8, i8* %mem, i64 %10
  %17 = load i8, i8* %16, align 1
  %18 = zext i8 %17 to i32
  %19 = icmp ne i32 %18, 2
  %20 = zext i1 %19 to i32
  %21 = icmp ne i32 %20, 0
  br i1 %21, label %then, label %else

trap17.site0:                                     ; preds = %join, %then, %ok
  call void @tetra_trap(i64* %regs, i32 17, i32 0)
  unreachable

then:                                             ; preds = %ok1
  %22 = load i32, i32* %env, align 4
  %23 = zext i32 %22 to i64
  %24 = add i64 %23, 32
  %25 = add i64 %24, 1
  %26 = icmp ugt i64 %25, %arena_size
  br i1 %26, label %trap17.site0, label %ok2

else:                                             ; preds = %ok1
  br label %join

join:                                             ; preds = %else, %stack_ok
  %27 = load i32, i32* %env, align 4
  %28 = zext i32 %27 to i64
  %29 = add i64 %28, 8
  %30 = icmp ugt i64 %29, %arena_size
  br i1 %30, label %trap17.site0, label %ok7

ok2:                                              ; preds = %then
  %31 = getelementptr i8, i8* %mem, i64 %24
  %32 = load i8, i8* %31, align 1
  %33 = zext i8 %32 to i32
  %34 = icmp eq i32 %33, 1
  %35 = zext i1 %34 to i32
  %36 = icmp ne i32 %35, 0
  br i1 %36, label %then3, label %else4

then3:                                            ; preds = %ok2
  br label %trap6.site13

else4:                                            ; preds = %ok2
  br label %join5

join5:                                            ; preds = %else4, %dead
  %37 = load i32, i32* %env, align 4
  %38 = icmp uge i32 %depth, 1000
  br i1 %38, label %trap15.site13, label %ok6

trap6.site13:                                     ; preds = %then3
  call void @tetra_trap(i64* %regs, i32 6, i32 13)
  unreachable

dead:                                             ; No predecessors!
  br label %join5

ok6:                                              ; preds = %join5
  %39 = getelementptr i64, i64* %regs, i64 10
  %40 = load i64, i64* %39, align 8
  %41 = icmp ult i64 %3, %40
  br i1 %41, label %trap253.site0, label %stack_ok

trap15.site13:                                    ; preds = %join5
  call void @tetra_trap(i64* %regs, i32 15, i32 13)
  unreachable

stack_ok:                                         ; preds = %ok6
  %42 = load i64, i64* %fuel, align 8
  %43 = getelementptr i64, i64* %regs, i64 0
  store i64 %42, i64* %43, align 8
  %44 = add i32 %depth, 1
  call void @m0.field.rate(i64* %regs, i8* %mem, i32 %44, i32 %37)
  %45 = getelementptr i64, i64* %regs, i64 0
  %46 = load i64, i64* %45, align 8
  store i64 %46, i64* %fuel, align 8
  br label %join

trap253.site0:                                    ; preds = %ok6
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok7:                                              ; preds = %join
  %47 = getelementptr i8, i8* %mem, i64 %28
  %48 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %48, i8* %47, i64 8, i1 false)
  %49 = load i64, i64* %unaligned, align 8
  store i64 %49, i64* %result, align 8
  br label %e2

ok8:                                              ; preds = %e2
  %50 = extractvalue { i64, i1 } %14, 0
  %51 = load i64, i64* %fuel, align 8
  %52 = getelementptr i64, i64* %regs, i64 0
  store i64 %51, i64* %52, align 8
  ret i64 %50

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
  %result = alloca i64, align 8
  %unaligned = alloca i64, align 8
  %unaligned11 = alloca i64, align 8
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
  %16 = add i64 %15, 33
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
  %38 = add i64 %37, 32
  %39 = add i64 %38, 1
  %40 = icmp ugt i64 %39, %arena_size
  br i1 %40, label %trap17.site0, label %ok2

trap17.site0:                                     ; preds = %ok10, %ok9, %join, %then, %ok1, %ok
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

e1:                                               ; preds = %ok8
  %47 = load i64, i64* %result, align 8
  %48 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %47, i64 4)
  %49 = extractvalue { i64, i1 } %48, 1
  br i1 %49, label %trap2.site8, label %ok9

ok2:                                              ; preds = %ok1
  %50 = getelementptr i8, i8* %mem, i64 %38
  %51 = load i8, i8* %50, align 1
  %52 = zext i8 %51 to i32
  %53 = icmp ne i32 %52, 2
  %54 = zext i1 %53 to i32
  %55 = icmp ne i32 %54, 0
  br i1 %55, label %then, label %else

then:                                             ; preds = %ok2
  %56 = load i32, i32* %frame, align 4
  %57 = zext i32 %56 to i64
  %58 = add i64 %57, 32
  %59 = add i64 %58, 1
  %60 = icmp ugt i64 %59, %arena_size
  br i1 %60, label %trap17.site0, label %ok3

else:                                             ; preds = %ok2
  br label %join

join:                                             ; preds = %else, %stack_ok
  %61 = load i32, i32* %frame, align 4
  %62 = zext i32 %61 to i64
  %63 = add i64 %62, 8
  %64 = icmp ugt i64 %63, %arena_size
  br i1 %64, label %trap17.site0, label %ok8

ok3:                                              ; preds = %then
  %65 = getelementptr i8, i8* %mem, i64 %58
  %66 = load i8, i8* %65, align 1
  %67 = zext i8 %66 to i32
  %68 = icmp eq i32 %67, 1
  %69 = zext i1 %68 to i32
  %70 = icmp ne i32 %69, 0
  br i1 %70, label %then4, label %else5

then4:                                            ; preds = %ok3
  br label %trap6.site14

else5:                                            ; preds = %ok3
  br label %join6

join6:                                            ; preds = %else5, %dead
  %71 = load i32, i32* %frame, align 4
  %72 = icmp uge i32 %depth, 1000
  br i1 %72, label %trap15.site14, label %ok7

trap6.site14:                                     ; preds = %then4
  %73 = load i64, i64* %lowStart, align 8
  %74 = getelementptr i64, i64* %regs, i64 6
  store i64 %73, i64* %74, align 8
  %75 = load i64, i64* %lowEnd, align 8
  %76 = getelementptr i64, i64* %regs, i64 7
  store i64 %75, i64* %76, align 8
  %77 = load i64, i64* %highEnd, align 8
  %78 = getelementptr i64, i64* %regs, i64 8
  store i64 %77, i64* %78, align 8
  call void @tetra_trap(i64* %regs, i32 6, i32 14)
  unreachable

dead:                                             ; No predecessors!
  br label %join6

ok7:                                              ; preds = %join6
  %79 = getelementptr i64, i64* %regs, i64 10
  %80 = load i64, i64* %79, align 8
  %81 = icmp ult i64 %10, %80
  br i1 %81, label %trap253.site0, label %stack_ok

trap15.site14:                                    ; preds = %join6
  %82 = load i64, i64* %lowStart, align 8
  %83 = getelementptr i64, i64* %regs, i64 6
  store i64 %82, i64* %83, align 8
  %84 = load i64, i64* %lowEnd, align 8
  %85 = getelementptr i64, i64* %regs, i64 7
  store i64 %84, i64* %85, align 8
  %86 = load i64, i64* %highEnd, align 8
  %87 = getelementptr i64, i64* %regs, i64 8
  store i64 %86, i64* %87, align 8
  call void @tetra_trap(i64* %regs, i32 15, i32 14)
  unreachable

stack_ok:                                         ; preds = %ok7
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
  %96 = add i32 %depth, 1
  call void @m0.field.rate(i64* %regs, i8* %mem, i32 %96, i32 %71)
  %97 = getelementptr i64, i64* %regs, i64 0
  %98 = load i64, i64* %97, align 8
  store i64 %98, i64* %fuel, align 8
  %99 = getelementptr i64, i64* %regs, i64 6
  %100 = load i64, i64* %99, align 8
  store i64 %100, i64* %lowStart, align 8
  %101 = getelementptr i64, i64* %regs, i64 7
  %102 = load i64, i64* %101, align 8
  store i64 %102, i64* %lowEnd, align 8
  %103 = getelementptr i64, i64* %regs, i64 8
  %104 = load i64, i64* %103, align 8
  store i64 %104, i64* %highEnd, align 8
  br label %join

trap253.site0:                                    ; preds = %ok7
  %105 = load i64, i64* %lowStart, align 8
  %106 = getelementptr i64, i64* %regs, i64 6
  store i64 %105, i64* %106, align 8
  %107 = load i64, i64* %lowEnd, align 8
  %108 = getelementptr i64, i64* %regs, i64 7
  store i64 %107, i64* %108, align 8
  %109 = load i64, i64* %highEnd, align 8
  %110 = getelementptr i64, i64* %regs, i64 8
  store i64 %109, i64* %110, align 8
  call void @tetra_trap(i64* %regs, i32 253, i32 0)
  unreachable

ok8:                                              ; preds = %join
  %111 = getelementptr i8, i8* %mem, i64 %62
  %112 = bitcast i64* %unaligned to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %112, i8* %111, i64 8, i1 false)
  %113 = load i64, i64* %unaligned, align 8
  store i64 %113, i64* %result, align 8
  br label %e1

ok9:                                              ; preds = %e1
  %114 = extractvalue { i64, i1 } %48, 0
  %115 = zext i32 %35 to i64
  %116 = add i64 %115, 16
  %117 = add i64 %116, 8
  %118 = icmp ugt i64 %117, %arena_size
  br i1 %118, label %trap17.site0, label %ok10

trap2.site8:                                      ; preds = %e1
  %119 = load i64, i64* %lowStart, align 8
  %120 = getelementptr i64, i64* %regs, i64 6
  store i64 %119, i64* %120, align 8
  %121 = load i64, i64* %lowEnd, align 8
  %122 = getelementptr i64, i64* %regs, i64 7
  store i64 %121, i64* %122, align 8
  %123 = load i64, i64* %highEnd, align 8
  %124 = getelementptr i64, i64* %regs, i64 8
  store i64 %123, i64* %124, align 8
  call void @tetra_trap(i64* %regs, i32 2, i32 8)
  unreachable

ok10:                                             ; preds = %ok9
  %125 = getelementptr i8, i8* %mem, i64 %116
  %126 = icmp ult i64 %116, %scratch_start
  %127 = load i64, i64* %lowEnd, align 8
  %128 = load i64, i64* %highEnd, align 8
  %129 = call i64 @llvm.umax.i64(i64 %127, i64 %117)
  %130 = select i1 %126, i64 %129, i64 %127
  store i64 %130, i64* %lowEnd, align 8
  %131 = call i64 @llvm.umax.i64(i64 %128, i64 %117)
  %132 = select i1 %126, i64 %128, i64 %131
  store i64 %132, i64* %highEnd, align 8
  %133 = load i64, i64* %lowStart, align 8
  %134 = call i64 @llvm.umin.i64(i64 %133, i64 %116)
  store i64 %134, i64* %lowStart, align 8
  store i64 %114, i64* %unaligned11, align 8
  %135 = bitcast i64* %unaligned11 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* %125, i8* %135, i64 8, i1 false)
  %136 = load i32, i32* %frame, align 4
  %137 = zext i32 %136 to i64
  %138 = add i64 %137, 33
  %139 = add i64 %138, 1
  %140 = icmp ugt i64 %139, %arena_size
  br i1 %140, label %trap17.site0, label %ok12

ok12:                                             ; preds = %ok10
  %141 = getelementptr i8, i8* %mem, i64 %138
  %142 = icmp ult i64 %138, %scratch_start
  %143 = load i64, i64* %lowEnd, align 8
  %144 = load i64, i64* %highEnd, align 8
  %145 = call i64 @llvm.umax.i64(i64 %143, i64 %139)
  %146 = select i1 %142, i64 %145, i64 %143
  store i64 %146, i64* %lowEnd, align 8
  %147 = call i64 @llvm.umax.i64(i64 %144, i64 %139)
  %148 = select i1 %142, i64 %144, i64 %147
  store i64 %148, i64* %highEnd, align 8
  %149 = load i64, i64* %lowStart, align 8
  %150 = call i64 @llvm.umin.i64(i64 %149, i64 %138)
  store i64 %150, i64* %lowStart, align 8
  store i8 2, i8* %141, align 1
  %151 = load i64, i64* %fuel, align 8
  %152 = getelementptr i64, i64* %regs, i64 0
  store i64 %151, i64* %152, align 8
  %153 = load i64, i64* %lowStart, align 8
  %154 = getelementptr i64, i64* %regs, i64 6
  store i64 %153, i64* %154, align 8
  %155 = load i64, i64* %lowEnd, align 8
  %156 = getelementptr i64, i64* %regs, i64 7
  store i64 %155, i64* %156, align 8
  %157 = load i64, i64* %highEnd, align 8
  %158 = getelementptr i64, i64* %regs, i64 8
  store i64 %157, i64* %158, align 8
  ret void
}
