;; Regenerate: cd libs/backend-wasm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
;; WAT at optimize: false for libs/ir/testdata/run/conv-trunc-sat.ir (every function exported), from this IR:
;; (module
;;   (constants 8)
;;   (export $t64)
;;   (export $t32)
;;   (func $t64 (param $a f64) (result i64)
;;     (i64.trunc_sat_f64_s (local.get $a)))
;;   (func $t32 (param $a f64) (result i32)
;;     (i32.trunc_sat_f64_s (local.get $a))))
(module
 (type $0 (func (param i32 i32)))
 (type $1 (func (param f64 i32 i64) (result i64 i64)))
 (type $2 (func (param f64 i32 i64) (result i32 i64)))
 (type $3 (func (param f64) (result i64)))
 (type $4 (func (param f64) (result i32)))
 (type $5 (func (param i32 i32 i32 i32 i32 i32 f64)))
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
 (export "memory" (memory $0))
 (export "trap_kind" (global $tetra:trap_kind))
 (export "trap_site" (global $tetra:trap_site))
 (export "$t64" (func $tetra:export:t64))
 (export "$t32" (func $tetra:export:t32))
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
 (func $t64 (param $a f64) (param $t:depth i32) (param $t:fuel i64) (result i64 i64)
  (tuple.make 2
   (block (result i64)
    (i64.trunc_sat_f64_s
     (local.get $a)
    )
   )
   (local.get $t:fuel)
  )
 )
 (func $t32 (param $a f64) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (tuple.make 2
   (block (result i32)
    (i32.trunc_sat_f64_s
     (local.get $a)
    )
   )
   (local.get $t:fuel)
  )
 )
 (func $tetra:export:t64 (param $a f64) (result i64)
  (local $results (tuple i64 i64))
  (local.set $results
   (call $t64
    (local.get $a)
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
 (func $tetra:export:t32 (param $a f64) (result i32)
  (local $results (tuple i32 i64))
  (local.set $results
   (call $t32
    (local.get $a)
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
