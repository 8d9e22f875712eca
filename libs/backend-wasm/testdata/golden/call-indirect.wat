;; Regenerate: cd libs/backend-wasm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
;; WAT at optimize: false for libs/ir/testdata/run/call-indirect.ir (every function exported), from this IR:
;; (module
;;   (constants 8)
;;   (table $inc $dbl $other)
;;   (sites 2)
;;   (export $inc)
;;   (export $dbl)
;;   (export $other)
;;   (export $apply)
;;   (export $index)
;;   (export $wrong_sig)
;;   (func $inc (param $x i64) (result i64)
;;     (i64.add (local.get $x) (i64.const 1)))
;;   (func $dbl (param $x i64) (result i64)
;;     (i64.mul (local.get $x) (i64.const 2)))
;;   (func $other (param $x i32) (result i32)
;;     (local.get $x))
;;   (func $apply (param $f i32) (param $x i64) (result i64)
;;     (call_indirect (param i64) (result i64) site=1 (local.get $x) (local.get $f)))
;;   (func $index (result i32)
;;     (func.ref $dbl))
;;   (func $wrong_sig (result i64)
;;     (call_indirect (param i64) (result i64) site=1 (i64.const 1) (func.ref $other))))
(module
 (type $0 (func (param i64 i32 i64) (result i64 i64)))
 (type $1 (func (param i32) (result i32)))
 (type $2 (func (param i64) (result i64)))
 (type $3 (func (param i32 i32)))
 (type $4 (func (param i32 i32 i64) (result i32 i64)))
 (type $5 (func (param i32 i64 i32 i64) (result i64 i64)))
 (type $6 (func (param i32 i64) (result i32 i64)))
 (type $7 (func (param i32 i64) (result i64 i64)))
 (type $8 (func (param i32 i64) (result i64)))
 (type $9 (func (result i32)))
 (type $10 (func (result i64)))
 (type $11 (func (param i32 i32 i32 i32 i32 i32 f64)))
 (global $tetra:arena (mut i64) (i64.const 0))
 (global $tetra:low_start (mut i64) (i64.const 0))
 (global $tetra:low_end (mut i64) (i64.const 0))
 (global $tetra:high_span (mut i64) (i64.const 0))
 (global $tetra:scratch_start (mut i64) (i64.const 0))
 (global $tetra:fuel (mut i64) (i64.const 0))
 (global $tetra:scratch_ptr (mut i32) (i32.const 0))
 (global $tetra:scratch_end (mut i32) (i32.const 0))
 (global $tetra:output_ptr (mut i32) (i32.const 0))
 (global $tetra:output_end (mut i32) (i32.const 0))
 (global $tetra:trap_kind (mut i32) (i32.const 0))
 (global $tetra:trap_site (mut i32) (i32.const 0))
 (memory $0 1 32768)
 (table $tetra:table 3 3 funcref)
 (elem $tetra:elements (i32.const 0) $inc $dbl $other)
 (export "memory" (memory $0))
 (export "trap_kind" (global $tetra:trap_kind))
 (export "trap_site" (global $tetra:trap_site))
 (export "$inc" (func $tetra:export:inc))
 (export "$dbl" (func $tetra:export:dbl))
 (export "$other" (func $tetra:export:other))
 (export "$apply" (func $tetra:export:apply))
 (export "$index" (func $tetra:export:index))
 (export "$wrong_sig" (func $tetra:export:wrong_sig))
 (export "prepare" (func $tetra:prepare))
 (func $tetra:trap (param $kind i32) (param $site i32)
  (global.set $tetra:trap_kind
   (local.get $kind)
  )
  (global.set $tetra:trap_site
   (local.get $site)
  )
  (unreachable)
 )
 (func $inc (param $x i64) (param $t:depth i32) (param $t:fuel i64) (result i64 i64)
  (tuple.make 2
   (block (result i64)
    (i64.add
     (local.get $x)
     (i64.const 1)
    )
   )
   (local.get $t:fuel)
  )
 )
 (func $dbl (param $x i64) (param $t:depth i32) (param $t:fuel i64) (result i64 i64)
  (tuple.make 2
   (block (result i64)
    (i64.mul
     (local.get $x)
     (i64.const 2)
    )
   )
   (local.get $t:fuel)
  )
 )
 (func $other (param $x i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (tuple.make 2
   (block (result i32)
    (local.get $x)
   )
   (local.get $t:fuel)
  )
 )
 (func $apply (param $f i32) (param $x i64) (param $t:depth i32) (param $t:fuel i64) (result i64 i64)
  (local $t:4 (tuple i64 i64))
  (tuple.make 2
   (block (result i64)
    (block (result i64)
     (if
      (i32.ne
       (call $tetra:sig_of
        (local.get $f)
       )
       (i32.const 0)
      )
      (then
       (call $tetra:trap
        (i32.const 17)
        (i32.const 1)
       )
       (unreachable)
      )
     )
     (block (result i64)
      (local.set $t:4
       (call_indirect (type $0)
        (local.get $x)
        (block (result i32)
         (if
          (i32.ge_u
           (local.get $t:depth)
           (i32.const 1000)
          )
          (then
           (call $tetra:trap
            (i32.const 15)
            (i32.const 1)
           )
           (unreachable)
          )
         )
         (i32.add
          (local.get $t:depth)
          (i32.const 1)
         )
        )
        (local.get $t:fuel)
        (local.get $f)
       )
      )
      (local.set $t:fuel
       (tuple.extract 2 1
        (local.get $t:4)
       )
      )
      (tuple.extract 2 0
       (local.get $t:4)
      )
     )
    )
   )
   (local.get $t:fuel)
  )
 )
 (func $index (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (tuple.make 2
   (block (result i32)
    (i32.const 1)
   )
   (local.get $t:fuel)
  )
 )
 (func $wrong_sig (param $t:depth i32) (param $t:fuel i64) (result i64 i64)
  (local $t:2 (tuple i64 i64))
  (tuple.make 2
   (block (result i64)
    (block (result i64)
     (if
      (i32.ne
       (call $tetra:sig_of
        (i32.const 2)
       )
       (i32.const 0)
      )
      (then
       (call $tetra:trap
        (i32.const 17)
        (i32.const 1)
       )
       (unreachable)
      )
     )
     (block (result i64)
      (local.set $t:2
       (call_indirect (type $0)
        (i64.const 1)
        (block (result i32)
         (if
          (i32.ge_u
           (local.get $t:depth)
           (i32.const 1000)
          )
          (then
           (call $tetra:trap
            (i32.const 15)
            (i32.const 1)
           )
           (unreachable)
          )
         )
         (i32.add
          (local.get $t:depth)
          (i32.const 1)
         )
        )
        (local.get $t:fuel)
        (i32.const 2)
       )
      )
      (local.set $t:fuel
       (tuple.extract 2 1
        (local.get $t:2)
       )
      )
      (tuple.extract 2 0
       (local.get $t:2)
      )
     )
    )
   )
   (local.get $t:fuel)
  )
 )
 (func $tetra:sig_of (param $index i32) (result i32)
  (block $out
   (block
    (block $s1
     (block
      (block $s0
       (br_table $s0 $s0 $s1 $out
        (local.get $index)
       )
      )
      (return
       (i32.const 0)
      )
     )
    )
    (return
     (i32.const 1)
    )
   )
  )
  (i32.const -1)
 )
 (func $tetra:export:inc (param $x i64) (result i64)
  (local $results (tuple i64 i64))
  (local.set $results
   (call $inc
    (local.get $x)
    (i32.const 1)
    (global.get $tetra:fuel)
   )
  )
  (global.set $tetra:fuel
   (tuple.extract 2 1
    (local.get $results)
   )
  )
  (tuple.extract 2 0
   (local.get $results)
  )
 )
 (func $tetra:export:dbl (param $x i64) (result i64)
  (local $results (tuple i64 i64))
  (local.set $results
   (call $dbl
    (local.get $x)
    (i32.const 1)
    (global.get $tetra:fuel)
   )
  )
  (global.set $tetra:fuel
   (tuple.extract 2 1
    (local.get $results)
   )
  )
  (tuple.extract 2 0
   (local.get $results)
  )
 )
 (func $tetra:export:other (param $x i32) (result i32)
  (local $results (tuple i32 i64))
  (local.set $results
   (call $other
    (local.get $x)
    (i32.const 1)
    (global.get $tetra:fuel)
   )
  )
  (global.set $tetra:fuel
   (tuple.extract 2 1
    (local.get $results)
   )
  )
  (tuple.extract 2 0
   (local.get $results)
  )
 )
 (func $tetra:export:apply (param $f i32) (param $x i64) (result i64)
  (local $results (tuple i64 i64))
  (local.set $results
   (call $apply
    (local.get $f)
    (local.get $x)
    (i32.const 1)
    (global.get $tetra:fuel)
   )
  )
  (global.set $tetra:fuel
   (tuple.extract 2 1
    (local.get $results)
   )
  )
  (tuple.extract 2 0
   (local.get $results)
  )
 )
 (func $tetra:export:index (result i32)
  (local $results (tuple i32 i64))
  (local.set $results
   (call $index
    (i32.const 1)
    (global.get $tetra:fuel)
   )
  )
  (global.set $tetra:fuel
   (tuple.extract 2 1
    (local.get $results)
   )
  )
  (tuple.extract 2 0
   (local.get $results)
  )
 )
 (func $tetra:export:wrong_sig (result i64)
  (local $results (tuple i64 i64))
  (local.set $results
   (call $wrong_sig
    (i32.const 1)
    (global.get $tetra:fuel)
   )
  )
  (global.set $tetra:fuel
   (tuple.extract 2 1
    (local.get $results)
   )
  )
  (tuple.extract 2 0
   (local.get $results)
  )
 )
 (func $tetra:prepare (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (param $scratch_start i32) (param $arena_size i32) (param $fuel f64)
  (local $input_end i32)
  (local $high_start i64)
  (if
   (i32.or
    (i64.lt_u
     (global.get $tetra:low_start)
     (i64.extend_i32_u
      (local.get $input_offset)
     )
    )
    (i64.lt_u
     (global.get $tetra:scratch_start)
     (i64.add
      (i64.extend_i32_u
       (local.get $input_offset)
      )
      (i64.const 8)
     )
    )
   )
   (then
    (memory.fill
     (i32.const 0)
     (i32.const 0)
     (local.get $input_offset)
    )
   )
  )
  (local.set $input_end
   (i32.add
    (local.get $input_offset)
    (local.get $input_len)
   )
  )
  (if
   (i64.gt_u
    (global.get $tetra:low_end)
    (i64.extend_i32_u
     (local.get $input_end)
    )
   )
   (then
    (memory.fill
     (i32.wrap_i64
      (i64.extend_i32_u
       (local.get $input_end)
      )
     )
     (i32.const 0)
     (i32.wrap_i64
      (i64.sub
       (global.get $tetra:low_end)
       (i64.extend_i32_u
        (local.get $input_end)
       )
      )
     )
    )
   )
  )
  (local.set $high_start
   (i64.sub
    (select
     (global.get $tetra:scratch_start)
     (i64.add
      (i64.extend_i32_u
       (local.get $input_end)
      )
      (i64.const 8)
     )
     (i64.gt_u
      (global.get $tetra:scratch_start)
      (i64.add
       (i64.extend_i32_u
        (local.get $input_end)
       )
       (i64.const 8)
      )
     )
    )
    (i64.const 8)
   )
  )
  (if
   (i64.gt_u
    (i64.add
     (global.get $tetra:scratch_start)
     (global.get $tetra:high_span)
    )
    (local.get $high_start)
   )
   (then
    (memory.fill
     (i32.wrap_i64
      (local.get $high_start)
     )
     (i32.const 0)
     (i32.wrap_i64
      (i64.sub
       (i64.add
        (global.get $tetra:scratch_start)
        (global.get $tetra:high_span)
       )
       (local.get $high_start)
      )
     )
    )
   )
  )
  (global.set $tetra:low_start
   (i64.extend_i32_u
    (local.get $input_offset)
   )
  )
  (global.set $tetra:low_end
   (i64.extend_i32_u
    (local.get $input_end)
   )
  )
  (global.set $tetra:scratch_start
   (i64.extend_i32_u
    (local.get $scratch_start)
   )
  )
  (global.set $tetra:high_span
   (i64.const 0)
  )
  (global.set $tetra:arena
   (i64.extend_i32_u
    (local.get $arena_size)
   )
  )
  (global.set $tetra:scratch_ptr
   (local.get $scratch_start)
  )
  (global.set $tetra:scratch_end
   (local.get $arena_size)
  )
  (global.set $tetra:output_ptr
   (local.get $output_offset)
  )
  (global.set $tetra:output_end
   (i32.add
    (local.get $output_offset)
    (local.get $output_cap)
   )
  )
  (global.set $tetra:fuel
   (i64.trunc_sat_f64_u
    (local.get $fuel)
   )
  )
  (global.set $tetra:trap_kind
   (i32.const 0)
  )
  (global.set $tetra:trap_site
   (i32.const 0)
  )
 )
)
