;; Regenerate: cd libs/backend-wasm && UPDATE_GOLDEN=1 npx vitest run src/golden.test.ts
;; WAT at optimize: false for libs/ir/testdata/run/loop-ranges.ir (every function exported), from this IR:
;; (module
;;   (constants 16)
;;   (data 8 "\ff\ff\ff\ff\ff\ff\ff\ff")
;;   (sites 5)
;;   (export $fill)
;;   (export $walk)
;;   (export $fill_walk)
;;   (export $count)
;;   (func $fill (param $p i32) (param $lo i64) (param $hi i64) (param $bias i64) (result i32)
;;     (local $len i32)
;;     (local $i i64)
;;     (fuel 1 site=0)
;;     (local.set $i (local.get $lo))
;;     (block $exit
;;       (loop $next
;;         (fuel 1 site=0)
;;         (br_if $exit (i64.ge_s (local.get $i) (local.get $hi)))
;;         (i64.store offset=8 site=1
;;           (i32.add (local.get $p) (i32.mul (local.get $len) (i32.const 8)))
;;           (i64.add_checked site=2 (local.get $i) (local.get $bias)))
;;         (local.set $len (i32.add (local.get $len) (i32.const 1)))
;;         (local.set $i (i64.add (local.get $i) (i64.const 1)))
;;         (br $next)))
;;     (local.get $len))
;;   (func $walk (param $p i32) (param $k i32) (param $n i32) (result i64)
;;     (local $acc i64)
;;     (fuel 1 site=0)
;;     (block $exit
;;       (loop $next
;;         (fuel 1 site=0)
;;         (br_if $exit (i32.ge_u (local.get $k) (local.get $n)))
;;         (local.set $acc
;;           (i64.add_checked site=4
;;             (local.get $acc)
;;             (i64.load offset=8 site=3
;;               (i32.add (local.get $p) (i32.mul (local.get $k) (i32.const 8))))))
;;         (local.set $k (i32.add (local.get $k) (i32.const 1)))
;;         (br $next)))
;;     (local.get $acc))
;;   (func $fill_walk (param $p i32) (param $lo i64) (param $hi i64) (param $bias i64) (result i64)
;;     (fuel 1 site=0)
;;     (call $walk site=0
;;       (local.get $p)
;;       (i32.const 0)
;;       (call $fill site=0 (local.get $p) (local.get $lo) (local.get $hi) (local.get $bias))))
;;   (func $count (param $from i32) (param $to i32) (result i32)
;;     (local $n i32)
;;     (block $done
;;       (loop $next
;;         (br_if $done (i32.ge_u (local.get $from) (local.get $to)))
;;         (if
;;           (i32.load8_u site=0 (local.get $from))
;;           (then
;;             (local.set $n (i32.add (local.get $n) (i32.const 1)))))
;;         (local.set $from (i32.add (local.get $from) (i32.const 1)))
;;         (br $next)))
;;     (local.get $n)))
(module
 (type $0 (func (param i32 i32)))
 (type $1 (func (param i32 i64 i64 i64 i32 i64) (result i32 i64)))
 (type $2 (func (param i32 i32 i32 i32 i64) (result i64 i64)))
 (type $3 (func (param i32 i64 i64 i64 i32 i64) (result i64 i64)))
 (type $4 (func (param i32 i32 i32 i64) (result i32 i64)))
 (type $5 (func (param i32 i64 i64 i64) (result i32)))
 (type $6 (func (param i32 i32 i32) (result i64)))
 (type $7 (func (param i32 i64 i64 i64) (result i64)))
 (type $8 (func (param i32 i32) (result i32)))
 (type $9 (func (param i32 i32 i32 i32 i32 i32 f64)))
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
 (data $tetra:data0 "\ff\ff\ff\ff\ff\ff\ff\ff")
 (export "memory" (memory $0))
 (export "trap_kind" (global $tetra:trap_kind))
 (export "trap_site" (global $tetra:trap_site))
 (export "$fill" (func $tetra:export:fill))
 (export "$walk" (func $tetra:export:walk))
 (export "$fill_walk" (func $tetra:export:fill_walk))
 (export "$count" (func $tetra:export:count))
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
 (func $fill (param $p i32) (param $lo i64) (param $hi i64) (param $bias i64) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $len i32)
  (local $i i64)
  (local $t:8 i64)
  (local $t:9 i64)
  (local $t:10 i64)
  (local $t:11 i64)
  (local $t:12 i64)
  (local $t:13 i32)
  (local $t:14 i64)
  (local $t:15 i64)
  (local $t:16 i32)
  (local $t:17 i64)
  (local $t:18 i64)
  (local $t:19 i64)
  (local $t:20 i64)
  (tuple.make 2
   (block (result i32)
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
     (local.set $t:8
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
     (local.set $t:9
      (i64.add
       (i64.extend_i32_u
        (local.get $len)
       )
       (i64.sub
        (local.get $t:8)
        (i64.const 1)
       )
      )
     )
     (local.set $t:10
      (i64.add
       (i64.add
        (i64.extend_i32_u
         (local.get $p)
        )
        (i64.mul
         (local.get $t:9)
         (i64.const 8)
        )
       )
       (i64.const 16)
      )
     )
     (if
      (i32.and
       (i64.lt_u
        (local.get $t:8)
        (local.get $t:fuel)
       )
       (i32.or
        (i64.eqz
         (local.get $t:8)
        )
        (i32.and
         (i32.and
          (i64.lt_u
           (local.get $t:8)
           (i64.const 4294967296)
          )
          (i64.lt_u
           (local.get $t:9)
           (i64.const 4294967296)
          )
         )
         (i64.le_u
          (local.get $t:10)
          (global.get $tetra:arena)
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
           (local.get $t:8)
           (i64.const 1)
          )
          (i64.const 1)
         )
        )
       )
       (if
        (i64.ne
         (local.get $t:8)
         (i64.const 0)
        )
        (then
         (block
          (local.set $t:11
           (i64.add
            (i64.add
             (i64.extend_i32_u
              (local.get $p)
             )
             (i64.mul
              (i64.extend_i32_u
               (local.get $len)
              )
              (i64.const 8)
             )
            )
            (i64.const 8)
           )
          )
          (if
           (i64.lt_u
            (local.get $t:11)
            (global.get $tetra:scratch_start)
           )
           (then
            (if
             (i64.lt_u
              (local.get $t:11)
              (global.get $tetra:low_start)
             )
             (then
              (global.set $tetra:low_start
               (local.get $t:11)
              )
             )
            )
            (if
             (i64.gt_u
              (local.get $t:10)
              (global.get $tetra:low_end)
             )
             (then
              (local.set $t:12
               (i64.add
                (local.get $t:10)
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (local.get $t:10)
                   (global.get $tetra:low_start)
                  )
                  (i64.const 4)
                 )
                )
               )
              )
              (global.set $tetra:low_end
               (select
                (global.get $tetra:arena)
                (local.get $t:12)
                (i64.gt_u
                 (local.get $t:12)
                 (global.get $tetra:arena)
                )
               )
              )
             )
            )
           )
           (else
            (if
             (i64.gt_u
              (local.get $t:10)
              (i64.add
               (global.get $tetra:scratch_start)
               (global.get $tetra:high_span)
              )
             )
             (then
              (local.set $t:12
               (i64.add
                (local.get $t:10)
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (local.get $t:10)
                   (global.get $tetra:scratch_start)
                  )
                  (i64.const 4)
                 )
                )
               )
              )
              (global.set $tetra:high_span
               (i64.sub
                (select
                 (global.get $tetra:arena)
                 (local.get $t:12)
                 (i64.gt_u
                  (local.get $t:12)
                  (global.get $tetra:arena)
                 )
                )
                (global.get $tetra:scratch_start)
               )
              )
             )
            )
           )
          )
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
         (block
          (local.set $t:13
           (i32.add
            (local.get $p)
            (i32.mul
             (local.get $len)
             (i32.const 8)
            )
           )
          )
          (local.set $t:14
           (block (result i64)
            (local.set $t:15
             (i64.add
              (local.get $i)
              (local.get $bias)
             )
            )
            (if
             (i64.lt_s
              (i64.and
               (i64.xor
                (local.get $i)
                (local.get $t:15)
               )
               (i64.xor
                (local.get $bias)
                (local.get $t:15)
               )
              )
              (i64.const 0)
             )
             (then
              (call $tetra:trap
               (i32.const 2)
               (i32.const 2)
              )
              (unreachable)
             )
            )
            (local.get $t:15)
           )
          )
          (i64.store offset=8 align=1
           (local.get $t:13)
           (local.get $t:14)
          )
         )
         (local.set $len
          (i32.add
           (local.get $len)
           (i32.const 1)
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
         (block
          (local.set $t:16
           (i32.add
            (local.get $p)
            (i32.mul
             (local.get $len)
             (i32.const 8)
            )
           )
          )
          (local.set $t:17
           (block (result i64)
            (local.set $t:18
             (i64.add
              (local.get $i)
              (local.get $bias)
             )
            )
            (if
             (i64.lt_s
              (i64.and
               (i64.xor
                (local.get $i)
                (local.get $t:18)
               )
               (i64.xor
                (local.get $bias)
                (local.get $t:18)
               )
              )
              (i64.const 0)
             )
             (then
              (call $tetra:trap
               (i32.const 2)
               (i32.const 2)
              )
              (unreachable)
             )
            )
            (local.get $t:18)
           )
          )
          (local.set $t:19
           (i64.add
            (i64.extend_i32_u
             (local.get $t:16)
            )
            (i64.const 8)
           )
          )
          (if
           (i64.gt_u
            (i64.sub
             (i64.add
              (local.get $t:19)
              (i64.const 8)
             )
             (global.get $tetra:scratch_start)
            )
            (global.get $tetra:high_span)
           )
           (then
            (if
             (i32.or
              (i64.lt_u
               (local.get $t:19)
               (global.get $tetra:low_start)
              )
              (i64.gt_u
               (i64.add
                (local.get $t:19)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
             )
             (then
              (if
               (i64.gt_u
                (i64.add
                 (local.get $t:19)
                 (i64.const 8)
                )
                (global.get $tetra:arena)
               )
               (then
                (call $tetra:trap
                 (i32.const 17)
                 (i32.const 1)
                )
                (unreachable)
               )
              )
              (if
               (i64.lt_u
                (local.get $t:19)
                (global.get $tetra:scratch_start)
               )
               (then
                (if
                 (i64.lt_u
                  (local.get $t:19)
                  (global.get $tetra:low_start)
                 )
                 (then
                  (global.set $tetra:low_start
                   (local.get $t:19)
                  )
                 )
                )
                (if
                 (i64.gt_u
                  (i64.add
                   (local.get $t:19)
                   (i64.const 8)
                  )
                  (global.get $tetra:low_end)
                 )
                 (then
                  (local.set $t:20
                   (i64.add
                    (i64.add
                     (local.get $t:19)
                     (i64.const 8)
                    )
                    (i64.add
                     (i64.const 64)
                     (i64.shr_u
                      (i64.sub
                       (i64.add
                        (local.get $t:19)
                        (i64.const 8)
                       )
                       (global.get $tetra:low_start)
                      )
                      (i64.const 4)
                     )
                    )
                   )
                  )
                  (global.set $tetra:low_end
                   (select
                    (global.get $tetra:arena)
                    (local.get $t:20)
                    (i64.gt_u
                     (local.get $t:20)
                     (global.get $tetra:arena)
                    )
                   )
                  )
                 )
                )
               )
               (else
                (if
                 (i64.gt_u
                  (i64.add
                   (local.get $t:19)
                   (i64.const 8)
                  )
                  (i64.add
                   (global.get $tetra:scratch_start)
                   (global.get $tetra:high_span)
                  )
                 )
                 (then
                  (local.set $t:20
                   (i64.add
                    (i64.add
                     (local.get $t:19)
                     (i64.const 8)
                    )
                    (i64.add
                     (i64.const 64)
                     (i64.shr_u
                      (i64.sub
                       (i64.add
                        (local.get $t:19)
                        (i64.const 8)
                       )
                       (global.get $tetra:scratch_start)
                      )
                      (i64.const 4)
                     )
                    )
                   )
                  )
                  (global.set $tetra:high_span
                   (i64.sub
                    (select
                     (global.get $tetra:arena)
                     (local.get $t:20)
                     (i64.gt_u
                      (local.get $t:20)
                      (global.get $tetra:arena)
                     )
                    )
                    (global.get $tetra:scratch_start)
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
          (i64.store offset=8 align=1
           (local.get $t:16)
           (local.get $t:17)
          )
         )
         (local.set $len
          (i32.add
           (local.get $len)
           (i32.const 1)
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
    (local.get $len)
   )
   (local.get $t:fuel)
  )
 )
 (func $walk (param $p i32) (param $k i32) (param $n i32) (param $t:depth i32) (param $t:fuel i64) (result i64 i64)
  (local $acc i64)
  (local $t:6 i64)
  (local $t:7 i64)
  (local $t:8 i64)
  (local $t:9 i64)
  (local $t:10 i64)
  (local $t:11 i32)
  (local $t:12 i64)
  (local $t:13 i64)
  (local $t:14 i64)
  (local $t:15 i32)
  (local $t:16 i64)
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
    (block
     (local.set $t:6
      (i64.extend_i32_u
       (select
        (i32.sub
         (local.get $n)
         (local.get $k)
        )
        (i32.const 0)
        (i32.gt_u
         (local.get $n)
         (local.get $k)
        )
       )
      )
     )
     (local.set $t:7
      (i64.sub
       (i64.extend_i32_u
        (local.get $n)
       )
       (i64.const 1)
      )
     )
     (local.set $t:8
      (i64.add
       (i64.add
        (i64.extend_i32_u
         (local.get $p)
        )
        (i64.mul
         (local.get $t:7)
         (i64.const 8)
        )
       )
       (i64.const 16)
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
        (i64.le_u
         (local.get $t:8)
         (global.get $tetra:arena)
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
          (i32.ge_u
           (local.get $k)
           (local.get $n)
          )
         )
         (local.set $acc
          (block (result i64)
           (local.set $t:9
            (local.get $acc)
           )
           (local.set $t:10
            (block (result i64)
             (local.set $t:11
              (i32.add
               (local.get $p)
               (i32.mul
                (local.get $k)
                (i32.const 8)
               )
              )
             )
             (i64.load offset=8 align=1
              (local.get $t:11)
             )
            )
           )
           (local.set $t:12
            (i64.add
             (local.get $t:9)
             (local.get $t:10)
            )
           )
           (if
            (i64.lt_s
             (i64.and
              (i64.xor
               (local.get $t:9)
               (local.get $t:12)
              )
              (i64.xor
               (local.get $t:10)
               (local.get $t:12)
              )
             )
             (i64.const 0)
            )
            (then
             (call $tetra:trap
              (i32.const 2)
              (i32.const 4)
             )
             (unreachable)
            )
           )
           (local.get $t:12)
          )
         )
         (local.set $k
          (i32.add
           (local.get $k)
           (i32.const 1)
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
          (i32.ge_u
           (local.get $k)
           (local.get $n)
          )
         )
         (local.set $acc
          (block (result i64)
           (local.set $t:13
            (local.get $acc)
           )
           (local.set $t:14
            (block (result i64)
             (local.set $t:15
              (i32.add
               (local.get $p)
               (i32.mul
                (local.get $k)
                (i32.const 8)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (i64.extend_i32_u
                 (local.get $t:15)
                )
                (i64.const 16)
               )
               (global.get $tetra:arena)
              )
              (then
               (call $tetra:trap
                (i32.const 17)
                (i32.const 3)
               )
               (unreachable)
              )
             )
             (i64.load offset=8 align=1
              (local.get $t:15)
             )
            )
           )
           (local.set $t:16
            (i64.add
             (local.get $t:13)
             (local.get $t:14)
            )
           )
           (if
            (i64.lt_s
             (i64.and
              (i64.xor
               (local.get $t:13)
               (local.get $t:16)
              )
              (i64.xor
               (local.get $t:14)
               (local.get $t:16)
              )
             )
             (i64.const 0)
            )
            (then
             (call $tetra:trap
              (i32.const 2)
              (i32.const 4)
             )
             (unreachable)
            )
           )
           (local.get $t:16)
          )
         )
         (local.set $k
          (i32.add
           (local.get $k)
           (i32.const 1)
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
 (func $fill_walk (param $p i32) (param $lo i64) (param $hi i64) (param $bias i64) (param $t:depth i32) (param $t:fuel i64) (result i64 i64)
  (local $t:6 (tuple i32 i64))
  (local $t:7 (tuple i64 i64))
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
    (block (result i64)
     (local.set $t:7
      (call $walk
       (local.get $p)
       (i32.const 0)
       (block (result i32)
        (local.set $t:6
         (call $fill
          (local.get $p)
          (local.get $lo)
          (local.get $hi)
          (local.get $bias)
          (block (result i32)
           (if
            (i32.ge_u
             (local.get $t:depth)
             (i32.const 1000)
            )
            (then
             (call $tetra:trap
              (i32.const 15)
              (i32.const 0)
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
         )
        )
        (local.set $t:fuel
         (tuple.extract 2 1
          (local.get $t:6)
         )
        )
        (tuple.extract 2 0
         (local.get $t:6)
        )
       )
       (block (result i32)
        (if
         (i32.ge_u
          (local.get $t:depth)
          (i32.const 1000)
         )
         (then
          (call $tetra:trap
           (i32.const 15)
           (i32.const 0)
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
      )
     )
     (local.set $t:fuel
      (tuple.extract 2 1
       (local.get $t:7)
      )
     )
     (tuple.extract 2 0
      (local.get $t:7)
     )
    )
   )
   (local.get $t:fuel)
  )
 )
 (func $count (param $from i32) (param $to i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $n i32)
  (tuple.make 2
   (block (result i32)
    (block $done
     (loop $next
      (br_if $done
       (i32.ge_u
        (local.get $from)
        (local.get $to)
       )
      )
      (if
       (block (result i32)
        (if
         (i64.gt_u
          (i64.add
           (i64.extend_i32_u
            (local.get $from)
           )
           (i64.const 1)
          )
          (global.get $tetra:arena)
         )
         (then
          (call $tetra:trap
           (i32.const 17)
           (i32.const 0)
          )
          (unreachable)
         )
        )
        (i32.load8_u
         (local.get $from)
        )
       )
       (then
        (local.set $n
         (i32.add
          (local.get $n)
          (i32.const 1)
         )
        )
       )
      )
      (local.set $from
       (i32.add
        (local.get $from)
        (i32.const 1)
       )
      )
      (br $next)
     )
    )
    (local.get $n)
   )
   (local.get $t:fuel)
  )
 )
 (func $tetra:export:fill (param $p i32) (param $lo i64) (param $hi i64) (param $bias i64) (result i32)
  (local $results (tuple i32 i64))
  (local.set $results
   (call $fill
    (local.get $p)
    (local.get $lo)
    (local.get $hi)
    (local.get $bias)
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
 (func $tetra:export:walk (param $p i32) (param $k i32) (param $n i32) (result i64)
  (local $results (tuple i64 i64))
  (local.set $results
   (call $walk
    (local.get $p)
    (local.get $k)
    (local.get $n)
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
 (func $tetra:export:fill_walk (param $p i32) (param $lo i64) (param $hi i64) (param $bias i64) (result i64)
  (local $results (tuple i64 i64))
  (local.set $results
   (call $fill_walk
    (local.get $p)
    (local.get $lo)
    (local.get $hi)
    (local.get $bias)
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
 (func $tetra:export:count (param $from i32) (param $to i32) (result i32)
  (local $results (tuple i32 i64))
  (local.set $results
   (call $count
    (local.get $from)
    (local.get $to)
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
    (memory.init $tetra:data0
     (i32.const 8)
     (i32.const 0)
     (i32.const 8)
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
