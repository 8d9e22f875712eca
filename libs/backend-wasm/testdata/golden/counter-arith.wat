;; Regenerate: cd libs/backend-wasm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
;; WAT at optimize: false for libs/ir/testdata/run/counter-arith.ir (every function exported), from this IR:
;; (module
;;   (constants 8)
;;   (sites 4)
;;   (export $mul3)
;;   (export $offs)
;;   (func $mul3 (param $lo i64) (param $hi i64) (result i64)
;;     (local $i i64)
;;     (local $i.1 i64)
;;     (local $acc i64)
;;     (fuel 1 site=0)
;;     (local.set $i (local.get $lo))
;;     (block $exit
;;       (loop $next
;;         (fuel 1 site=0)
;;         (br_if $exit (i64.ge_s (local.get $i) (local.get $hi)))
;;         (local.set $i.1 (local.get $i))
;;         (local.set $acc
;;           (i64.add (local.get $acc) (i64.mul_checked site=1 (local.get $i.1) (i64.const 3))))
;;         (local.set $i (i64.add (local.get $i) (i64.const 1)))
;;         (br $next)))
;;     (local.get $acc))
;;   (func $offs (param $lo i64) (param $hi i64) (result i64)
;;     (local $i i64)
;;     (local $acc i64)
;;     (fuel 1 site=0)
;;     (local.set $i (local.get $lo))
;;     (block $exit
;;       (loop $next
;;         (fuel 1 site=0)
;;         (br_if $exit (i64.ge_s (local.get $i) (local.get $hi)))
;;         (local.set $acc
;;           (i64.add (local.get $acc) (i64.sub_checked site=2 (local.get $i) (i64.const 5))))
;;         (local.set $acc
;;           (i64.add (local.get $acc) (i64.add_checked site=3 (local.get $i) (i64.const 100))))
;;         (local.set $i (i64.add (local.get $i) (i64.const 1)))
;;         (br $next)))
;;     (local.get $acc)))
(module
 (type $0 (func (param i64 i64 i32 i64) (result i64 i64)))
 (type $1 (func (param i64 i64) (result i64)))
 (type $2 (func (param i32 i32)))
 (type $3 (func (param i32 i32 i32 i32 i32 i32 f64)))
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
 (export "$mul3" (func $tetra:export:mul3))
 (export "$offs" (func $tetra:export:offs))
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
 (func $mul3 (param $lo i64) (param $hi i64) (param $t:depth i32) (param $t:fuel i64) (result i64 i64)
  (local $i i64)
  (local $i.1 i64)
  (local $acc i64)
  (local $t:7 i64)
  (local $t:8 i64)
  (tuple.make 2
   (block (result i64)
    (block
     (if
      (i64.lt_u
       (local.get $t:fuel)
       (i64.const 1)
      )
      (then
       (call $tetra:trap
        (i32.const 14)
        (i32.const 0)
       )
       (unreachable)
      )
     )
     (local.set $t:fuel
      (i64.sub
       (local.get $t:fuel)
       (i64.const 1)
      )
     )
    )
    (local.set $i
     (local.get $lo)
    )
    (block
     (local.set $t:7
      (select
       (i64.sub
        (local.get $hi)
        (local.get $i)
       )
       (i64.const 0)
       (i64.gt_s
        (local.get $hi)
        (local.get $i)
       )
      )
     )
     (if
      (i32.and
       (i64.lt_u
        (local.get $t:7)
        (local.get $t:fuel)
       )
       (i32.or
        (i64.eqz
         (local.get $t:7)
        )
        (i32.and
         (i64.ge_s
          (local.get $i)
          (i64.const -3074457345618258602)
         )
         (i64.le_s
          (local.get $hi)
          (i64.const 3074457345618258603)
         )
        )
       )
      )
      (then
       (local.set $t:fuel
        (i64.sub
         (local.get $t:fuel)
         (i64.mul
          (i64.add
           (local.get $t:7)
           (i64.const 1)
          )
          (i64.const 1)
         )
        )
       )
       (block $exit:fast
        (loop $next:fast
         (br_if $exit:fast
          (i64.ge_s
           (local.get $i)
           (local.get $hi)
          )
         )
         (local.set $i.1
          (local.get $i)
         )
         (local.set $acc
          (i64.add
           (local.get $acc)
           (i64.mul
            (local.get $i.1)
            (i64.const 3)
           )
          )
         )
         (local.set $i
          (i64.add
           (local.get $i)
           (i64.const 1)
          )
         )
         (br $next:fast)
        )
       )
      )
      (else
       (block $exit
        (loop $next
         (block
          (if
           (i64.lt_u
            (local.get $t:fuel)
            (i64.const 1)
           )
           (then
            (call $tetra:trap
             (i32.const 14)
             (i32.const 0)
            )
            (unreachable)
           )
          )
          (local.set $t:fuel
           (i64.sub
            (local.get $t:fuel)
            (i64.const 1)
           )
          )
         )
         (br_if $exit
          (i64.ge_s
           (local.get $i)
           (local.get $hi)
          )
         )
         (local.set $i.1
          (local.get $i)
         )
         (local.set $acc
          (i64.add
           (local.get $acc)
           (block (result i64)
            (local.set $t:8
             (i64.mul
              (local.get $i.1)
              (i64.const 3)
             )
            )
            (if
             (i32.eqz
              (i32.and
               (i64.eq
                (i64.extend_i32_s
                 (i32.wrap_i64
                  (local.get $i.1)
                 )
                )
                (local.get $i.1)
               )
               (i64.eq
                (i64.extend_i32_s
                 (i32.wrap_i64
                  (i64.const 3)
                 )
                )
                (i64.const 3)
               )
              )
             )
             (then
              (if
               (i64.eq
                (local.get $i.1)
                (i64.const -1)
               )
               (then
                (if
                 (i64.eq
                  (i64.const 3)
                  (i64.const -9223372036854775808)
                 )
                 (then
                  (call $tetra:trap
                   (i32.const 2)
                   (i32.const 1)
                  )
                  (unreachable)
                 )
                )
               )
               (else
                (if
                 (i64.ne
                  (local.get $i.1)
                  (i64.const 0)
                 )
                 (then
                  (if
                   (i64.ne
                    (i64.div_s
                     (local.get $t:8)
                     (local.get $i.1)
                    )
                    (i64.const 3)
                   )
                   (then
                    (call $tetra:trap
                     (i32.const 2)
                     (i32.const 1)
                    )
                    (unreachable)
                   )
                  )
                 )
                )
               )
              )
             )
            )
            (local.get $t:8)
           )
          )
         )
         (local.set $i
          (i64.add
           (local.get $i)
           (i64.const 1)
          )
         )
         (br $next)
        )
       )
      )
     )
    )
    (local.get $acc)
   )
   (local.get $t:fuel)
  )
 )
 (func $offs (param $lo i64) (param $hi i64) (param $t:depth i32) (param $t:fuel i64) (result i64 i64)
  (local $i i64)
  (local $acc i64)
  (local $t:6 i64)
  (local $t:7 i64)
  (local $t:8 i64)
  (tuple.make 2
   (block (result i64)
    (block
     (if
      (i64.lt_u
       (local.get $t:fuel)
       (i64.const 1)
      )
      (then
       (call $tetra:trap
        (i32.const 14)
        (i32.const 0)
       )
       (unreachable)
      )
     )
     (local.set $t:fuel
      (i64.sub
       (local.get $t:fuel)
       (i64.const 1)
      )
     )
    )
    (local.set $i
     (local.get $lo)
    )
    (block
     (local.set $t:6
      (select
       (i64.sub
        (local.get $hi)
        (local.get $i)
       )
       (i64.const 0)
       (i64.gt_s
        (local.get $hi)
        (local.get $i)
       )
      )
     )
     (if
      (i32.and
       (i64.lt_u
        (local.get $t:6)
        (local.get $t:fuel)
       )
       (i32.or
        (i64.eqz
         (local.get $t:6)
        )
        (i32.and
         (i64.ge_s
          (local.get $i)
          (i64.const -9223372036854775803)
         )
         (i64.le_s
          (local.get $hi)
          (i64.const 9223372036854775708)
         )
        )
       )
      )
      (then
       (local.set $t:fuel
        (i64.sub
         (local.get $t:fuel)
         (i64.mul
          (i64.add
           (local.get $t:6)
           (i64.const 1)
          )
          (i64.const 1)
         )
        )
       )
       (block $exit:fast
        (loop $next:fast
         (br_if $exit:fast
          (i64.ge_s
           (local.get $i)
           (local.get $hi)
          )
         )
         (local.set $acc
          (i64.add
           (local.get $acc)
           (i64.sub
            (local.get $i)
            (i64.const 5)
           )
          )
         )
         (local.set $acc
          (i64.add
           (local.get $acc)
           (i64.add
            (local.get $i)
            (i64.const 100)
           )
          )
         )
         (local.set $i
          (i64.add
           (local.get $i)
           (i64.const 1)
          )
         )
         (br $next:fast)
        )
       )
      )
      (else
       (block $exit
        (loop $next
         (block
          (if
           (i64.lt_u
            (local.get $t:fuel)
            (i64.const 1)
           )
           (then
            (call $tetra:trap
             (i32.const 14)
             (i32.const 0)
            )
            (unreachable)
           )
          )
          (local.set $t:fuel
           (i64.sub
            (local.get $t:fuel)
            (i64.const 1)
           )
          )
         )
         (br_if $exit
          (i64.ge_s
           (local.get $i)
           (local.get $hi)
          )
         )
         (local.set $acc
          (i64.add
           (local.get $acc)
           (block (result i64)
            (local.set $t:7
             (i64.sub
              (local.get $i)
              (i64.const 5)
             )
            )
            (if
             (i64.gt_s
              (local.get $t:7)
              (local.get $i)
             )
             (then
              (call $tetra:trap
               (i32.const 2)
               (i32.const 2)
              )
              (unreachable)
             )
            )
            (local.get $t:7)
           )
          )
         )
         (local.set $acc
          (i64.add
           (local.get $acc)
           (block (result i64)
            (local.set $t:8
             (i64.add
              (local.get $i)
              (i64.const 100)
             )
            )
            (if
             (i64.lt_s
              (local.get $t:8)
              (local.get $i)
             )
             (then
              (call $tetra:trap
               (i32.const 2)
               (i32.const 3)
              )
              (unreachable)
             )
            )
            (local.get $t:8)
           )
          )
         )
         (local.set $i
          (i64.add
           (local.get $i)
           (i64.const 1)
          )
         )
         (br $next)
        )
       )
      )
     )
    )
    (local.get $acc)
   )
   (local.get $t:fuel)
  )
 )
 (func $tetra:export:mul3 (param $lo i64) (param $hi i64) (result i64)
  (local $results (tuple i64 i64))
  (local.set $results
   (call $mul3
    (local.get $lo)
    (local.get $hi)
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
 (func $tetra:export:offs (param $lo i64) (param $hi i64) (result i64)
  (local $results (tuple i64 i64))
  (local.set $results
   (call $offs
    (local.get $lo)
    (local.get $hi)
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
