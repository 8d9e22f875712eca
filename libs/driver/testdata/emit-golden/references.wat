;; From libs/driver/testdata/emit-golden/references.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
;; `tetra emit wat libs/driver/testdata/emit-golden/references.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
;; (all but the rt.* runtime and the codec.* JSON codec), in module order.
;; Defined functions (16):
;;   $tetra:trap
;;   $codec.write_str
;;   $codec.enc.string.1
;;   $rt.u64_digits
;;   $rt.u64_write_back
;;   $rt.int_write
;;   $codec.write_int
;;   $codec.enc.int.2
;;   $codec.enc.record.3
;;   $codec.enc.record.0
;;   $main
;;   $field.rate
;;   $fn.scale
;;   $field.later
;;   $tetra:prepare
;;   $tetra:run
;; The program's 4 function(s):

 (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $dict i32)
  (local $closure i32)
  (local $dict.1 i32)
  (local $base i64)
  (local $scaled i64)
  (local $from_root i64)
  (local $totals i32)
  (local $part i32)
  (local $part.1 i32)
  (local $text i32)
  (local $cur i32)
  (local $s i32)
  (local $slen i32)
  (local $s.1 i32)
  (local $slen.1 i32)
  (local $len i32)
  (local $label i32)
  (local $result i32)
  (local $json_start i32)
  (local $json_end i32)
  (local $result.1 i32)
  (local $t:27 i64)
  (local $t:28 i64)
  (local $t:29 i32)
  (local $t:30 i64)
  (local $t:31 i64)
  (local $t:32 i64)
  (local $t:33 i64)
  (local $t:34 i64)
  (local $t:35 i64)
  (local $t:36 i64)
  (local $t:37 i64)
  (local $t:38 i64)
  (local $t:39 i64)
  (local $t:40 i64)
  (local $t:41 i64)
  (local $t:42 i64)
  (local $t:43 i64)
  (local $t:44 i64)
  (local $t:45 (tuple i64 i64))
  (local $t:46 i64)
  (local $t:47 i64)
  (local $t:48 i64)
  (local $t:49 i64)
  (local $t:50 i64)
  (local $t:51 i64)
  (local $t:52 i64)
  (local $t:53 i64)
  (local $t:54 i64)
  (local $t:55 i32)
  (local $t:56 i32)
  (local $t:57 i64)
  (local $t:58 i64)
  (local $t:59 i64)
  (local $t:60 i64)
  (local $t:61 i64)
  (local $t:62 i32)
  (local $t:63 i32)
  (local $t:64 i64)
  (local $t:65 i64)
  (local $t:66 i64)
  (local $t:67 i64)
  (local $t:68 i64)
  (local $t:69 i32)
  (local $t:70 i64)
  (local $t:71 i64)
  (local $t:72 i64)
  (local $t:73 i64)
  (local $t:74 (tuple i32 i64))
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
    (local.set $result
     (block $e0 (result i32)
      (local.set $dict
       (block (result i32)
        (local.set $t:27
         (i64.and
          (i64.add
           (i64.extend_i32_u
            (global.get $tetra:scratch_ptr)
           )
           (i64.const 7)
          )
          (i64.const -8)
         )
        )
        (local.set $t:28
         (i64.add
          (local.get $t:27)
          (i64.extend_i32_u
           (i32.const 34)
          )
         )
        )
        (if
         (i64.gt_u
          (local.get $t:28)
          (i64.extend_i32_u
           (global.get $tetra:scratch_end)
          )
         )
         (then
          (call $tetra:trap
           (i32.const 15)
           (i32.const 1)
          )
          (unreachable)
         )
        )
        (global.set $tetra:scratch_ptr
         (i32.wrap_i64
          (local.get $t:28)
         )
        )
        (if
         (i64.gt_u
          (local.get $t:28)
          (i64.add
           (global.get $tetra:scratch_start)
           (global.get $tetra:high_span)
          )
         )
         (then
          (global.set $tetra:high_span
           (i64.sub
            (local.get $t:28)
            (global.get $tetra:scratch_start)
           )
          )
         )
        )
        (i32.wrap_i64
         (local.get $t:27)
        )
       )
      )
      (block
       (local.set $t:29
        (i32.add
         (local.get $dict)
         (i32.const 32)
        )
       )
       (local.set $t:30
        (i64.extend_i32_u
         (local.get $t:29)
        )
       )
       (local.set $t:31
        (i64.add
         (local.get $t:30)
         (i64.extend_i32_u
          (i32.const 2)
         )
        )
       )
       (if
        (i32.or
         (i64.lt_u
          (local.get $t:30)
          (global.get $tetra:scratch_start)
         )
         (i64.gt_u
          (i64.sub
           (local.get $t:31)
           (global.get $tetra:scratch_start)
          )
          (global.get $tetra:high_span)
         )
        )
        (then
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:30)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (local.get $t:31)
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (local.get $t:31)
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
             (local.get $t:30)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:30)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:30)
               )
              )
             )
             (if
              (i64.gt_u
               (local.get $t:31)
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:32
                (i64.add
                 (local.get $t:31)
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (local.get $t:31)
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
                 (local.get $t:32)
                 (i64.gt_u
                  (local.get $t:32)
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
               (local.get $t:31)
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:32
                (i64.add
                 (local.get $t:31)
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (local.get $t:31)
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
                  (local.get $t:32)
                  (i64.gt_u
                   (local.get $t:32)
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
       (memory.fill
        (local.get $t:29)
        (i32.const 0)
        (i32.const 2)
       )
      )
      (if
       (i32.eqz
        (block (result i32)
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $dict)
            )
            (i64.const 33)
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
         (i32.load8_u offset=32
          (local.get $dict)
         )
        )
       )
       (then
        (local.set $t:fuel
         (call $field.rate
          (local.get $dict)
          (block (result i32)
           (if
            (i32.ge_u
             (local.get $t:depth)
             (i32.const 1000)
            )
            (then
             (call $tetra:trap
              (i32.const 15)
              (i32.const 2)
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
       )
      )
      (local.set $closure
       (block (result i32)
        (local.set $t:33
         (i64.and
          (i64.add
           (i64.extend_i32_u
            (global.get $tetra:scratch_ptr)
           )
           (i64.const 3)
          )
          (i64.const -4)
         )
        )
        (local.set $t:34
         (i64.add
          (local.get $t:33)
          (i64.extend_i32_u
           (i32.const 8)
          )
         )
        )
        (if
         (i64.gt_u
          (local.get $t:34)
          (i64.extend_i32_u
           (global.get $tetra:scratch_end)
          )
         )
         (then
          (call $tetra:trap
           (i32.const 15)
           (i32.const 3)
          )
          (unreachable)
         )
        )
        (global.set $tetra:scratch_ptr
         (i32.wrap_i64
          (local.get $t:34)
         )
        )
        (if
         (i64.gt_u
          (local.get $t:34)
          (i64.add
           (global.get $tetra:scratch_start)
           (global.get $tetra:high_span)
          )
         )
         (then
          (global.set $tetra:high_span
           (i64.sub
            (local.get $t:34)
            (global.get $tetra:scratch_start)
           )
          )
         )
        )
        (i32.wrap_i64
         (local.get $t:33)
        )
       )
      )
      (block
       (local.set $t:35
        (i64.extend_i32_u
         (local.get $closure)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:35)
           (i64.const 4)
          )
          (global.get $tetra:scratch_start)
         )
         (global.get $tetra:high_span)
        )
        (then
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:35)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:35)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:35)
              (i64.const 4)
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
           (if
            (i64.lt_u
             (local.get $t:35)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:35)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:35)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:35)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:36
                (i64.add
                 (i64.add
                  (local.get $t:35)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:35)
                     (i64.const 4)
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
                 (local.get $t:36)
                 (i64.gt_u
                  (local.get $t:36)
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
                (local.get $t:35)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:36
                (i64.add
                 (i64.add
                  (local.get $t:35)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:35)
                     (i64.const 4)
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
                  (local.get $t:36)
                  (i64.gt_u
                   (local.get $t:36)
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
       (i32.store align=1
        (local.get $closure)
        (i32.const 0)
       )
      )
      (block
       (local.set $t:37
        (i64.add
         (i64.extend_i32_u
          (local.get $closure)
         )
         (i64.const 4)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:37)
           (i64.const 4)
          )
          (global.get $tetra:scratch_start)
         )
         (global.get $tetra:high_span)
        )
        (then
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:37)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:37)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:37)
              (i64.const 4)
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
           (if
            (i64.lt_u
             (local.get $t:37)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:37)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:37)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:37)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:38
                (i64.add
                 (i64.add
                  (local.get $t:37)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:37)
                     (i64.const 4)
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
                 (local.get $t:38)
                 (i64.gt_u
                  (local.get $t:38)
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
                (local.get $t:37)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:38
                (i64.add
                 (i64.add
                  (local.get $t:37)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:37)
                     (i64.const 4)
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
                  (local.get $t:38)
                  (i64.gt_u
                   (local.get $t:38)
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
       (i32.store offset=4 align=1
        (local.get $closure)
        (local.get $dict)
       )
      )
      (block
       (local.set $t:39
        (i64.add
         (i64.extend_i32_u
          (local.get $dict)
         )
         (i64.const 8)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:39)
           (i64.const 4)
          )
          (global.get $tetra:scratch_start)
         )
         (global.get $tetra:high_span)
        )
        (then
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:39)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:39)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:39)
              (i64.const 4)
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
           (if
            (i64.lt_u
             (local.get $t:39)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:39)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:39)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:39)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:40
                (i64.add
                 (i64.add
                  (local.get $t:39)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:39)
                     (i64.const 4)
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
                 (local.get $t:40)
                 (i64.gt_u
                  (local.get $t:40)
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
                (local.get $t:39)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:40
                (i64.add
                 (i64.add
                  (local.get $t:39)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:39)
                     (i64.const 4)
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
                  (local.get $t:40)
                  (i64.gt_u
                   (local.get $t:40)
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
       (i32.store offset=8 align=1
        (local.get $dict)
        (local.get $closure)
       )
      )
      (local.set $totals
       (block $e1 (result i32)
        (local.set $dict.1
         (block (result i32)
          (local.set $t:41
           (i64.and
            (i64.add
             (i64.extend_i32_u
              (global.get $tetra:scratch_ptr)
             )
             (i64.const 7)
            )
            (i64.const -8)
           )
          )
          (local.set $t:42
           (i64.add
            (local.get $t:41)
            (i64.extend_i32_u
             (i32.const 24)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:42)
            (i64.extend_i32_u
             (global.get $tetra:scratch_end)
            )
           )
           (then
            (call $tetra:trap
             (i32.const 15)
             (i32.const 4)
            )
            (unreachable)
           )
          )
          (global.set $tetra:scratch_ptr
           (i32.wrap_i64
            (local.get $t:42)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:42)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:42)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:41)
          )
         )
        )
        (local.set $base
         (i64.const 10)
        )
        (block
         (local.set $t:43
          (i64.extend_i32_u
           (local.get $dict.1)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:43)
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
              (local.get $t:43)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:43)
               (i64.const 8)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:43)
                (i64.const 8)
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
             (if
              (i64.lt_u
               (local.get $t:43)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:43)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:43)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:43)
                  (i64.const 8)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:44
                  (i64.add
                   (i64.add
                    (local.get $t:43)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:43)
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
                   (local.get $t:44)
                   (i64.gt_u
                    (local.get $t:44)
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
                  (local.get $t:43)
                  (i64.const 8)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:44
                  (i64.add
                   (i64.add
                    (local.get $t:43)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:43)
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
                    (local.get $t:44)
                    (i64.gt_u
                     (local.get $t:44)
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
         (i64.store align=1
          (local.get $dict.1)
          (local.get $base)
         )
        )
        (local.set $scaled
         (block (result i64)
          (local.set $t:45
           (call $fn.scale
            (local.get $dict)
            (local.get $base)
            (block (result i32)
             (if
              (i32.ge_u
               (local.get $t:depth)
               (i32.const 1000)
              )
              (then
               (call $tetra:trap
                (i32.const 15)
                (i32.const 5)
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
            (local.get $t:45)
           )
          )
          (tuple.extract 2 0
           (local.get $t:45)
          )
         )
        )
        (block
         (local.set $t:46
          (i64.add
           (i64.extend_i32_u
            (local.get $dict.1)
           )
           (i64.const 8)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:46)
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
              (local.get $t:46)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:46)
               (i64.const 8)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:46)
                (i64.const 8)
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
             (if
              (i64.lt_u
               (local.get $t:46)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:46)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:46)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:46)
                  (i64.const 8)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:47
                  (i64.add
                   (i64.add
                    (local.get $t:46)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:46)
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
                   (local.get $t:47)
                   (i64.gt_u
                    (local.get $t:47)
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
                  (local.get $t:46)
                  (i64.const 8)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:47
                  (i64.add
                   (i64.add
                    (local.get $t:46)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:46)
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
                    (local.get $t:47)
                    (i64.gt_u
                     (local.get $t:47)
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
          (local.get $dict.1)
          (local.get $scaled)
         )
        )
        (local.set $from_root
         (block (result i64)
          (local.set $t:48
           (block (result i64)
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $dict)
               )
               (i64.const 8)
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
            (i64.load align=1
             (local.get $dict)
            )
           )
          )
          (local.set $t:49
           (block $e7 (result i64)
            (if
             (i32.ne
              (block (result i32)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $dict)
                  )
                  (i64.const 34)
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
               (i32.load8_u offset=33
                (local.get $dict)
               )
              )
              (i32.const 2)
             )
             (then
              (if
               (i32.eq
                (block (result i32)
                 (if
                  (i64.gt_u
                   (i64.add
                    (i64.extend_i32_u
                     (local.get $dict)
                    )
                    (i64.const 34)
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
                 (i32.load8_u offset=33
                  (local.get $dict)
                 )
                )
                (i32.const 1)
               )
               (then
                (block
                 (call $tetra:trap
                  (i32.const 6)
                  (i32.const 7)
                 )
                 (unreachable)
                )
               )
              )
              (local.set $t:fuel
               (call $field.later
                (local.get $dict)
                (block (result i32)
                 (if
                  (i32.ge_u
                   (local.get $t:depth)
                   (i32.const 1000)
                  )
                  (then
                   (call $tetra:trap
                    (i32.const 15)
                    (i32.const 7)
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
             )
            )
            (block (result i64)
             (if
              (i64.gt_u
               (i64.add
                (i64.extend_i32_u
                 (local.get $dict)
                )
                (i64.const 24)
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
             (i64.load offset=16 align=1
              (local.get $dict)
             )
            )
           )
          )
          (local.set $t:50
           (i64.add
            (local.get $t:48)
            (local.get $t:49)
           )
          )
          (if
           (i64.lt_s
            (i64.and
             (i64.xor
              (local.get $t:48)
              (local.get $t:50)
             )
             (i64.xor
              (local.get $t:49)
              (local.get $t:50)
             )
            )
            (i64.const 0)
           )
           (then
            (call $tetra:trap
             (i32.const 2)
             (i32.const 6)
            )
            (unreachable)
           )
          )
          (local.get $t:50)
         )
        )
        (block
         (local.set $t:51
          (i64.add
           (i64.extend_i32_u
            (local.get $dict.1)
           )
           (i64.const 16)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:51)
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
              (local.get $t:51)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:51)
               (i64.const 8)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:51)
                (i64.const 8)
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
             (if
              (i64.lt_u
               (local.get $t:51)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:51)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:51)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:51)
                  (i64.const 8)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:52
                  (i64.add
                   (i64.add
                    (local.get $t:51)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:51)
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
                   (local.get $t:52)
                   (i64.gt_u
                    (local.get $t:52)
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
                  (local.get $t:51)
                  (i64.const 8)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:52
                  (i64.add
                   (i64.add
                    (local.get $t:51)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:51)
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
                    (local.get $t:52)
                    (i64.gt_u
                     (local.get $t:52)
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
         (i64.store offset=16 align=1
          (local.get $dict.1)
          (local.get $from_root)
         )
        )
        (local.get $dict.1)
       )
      )
      (block
       (local.set $t:53
        (i64.add
         (i64.extend_i32_u
          (local.get $dict)
         )
         (i64.const 12)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:53)
           (i64.const 4)
          )
          (global.get $tetra:scratch_start)
         )
         (global.get $tetra:high_span)
        )
        (then
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:53)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:53)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:53)
              (i64.const 4)
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
           (if
            (i64.lt_u
             (local.get $t:53)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:53)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:53)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:53)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:54
                (i64.add
                 (i64.add
                  (local.get $t:53)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:53)
                     (i64.const 4)
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
                 (local.get $t:54)
                 (i64.gt_u
                  (local.get $t:54)
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
                (local.get $t:53)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:54
                (i64.add
                 (i64.add
                  (local.get $t:53)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:53)
                     (i64.const 4)
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
                  (local.get $t:54)
                  (i64.gt_u
                   (local.get $t:54)
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
       (i32.store offset=12 align=1
        (local.get $dict)
        (local.get $totals)
       )
      )
      (if
       (i32.eqz
        (block (result i32)
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $dict)
            )
            (i64.const 34)
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
         (i32.load8_u offset=33
          (local.get $dict)
         )
        )
       )
       (then
        (local.set $t:fuel
         (call $field.later
          (local.get $dict)
          (block (result i32)
           (if
            (i32.ge_u
             (local.get $t:depth)
             (i32.const 1000)
            )
            (then
             (call $tetra:trap
              (i32.const 15)
              (i32.const 8)
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
       )
      )
      (local.set $label
       (block $e8 (result i32)
        (local.set $part
         (block $e9 (result i32)
          (i32.const 8)
         )
        )
        (local.set $part.1
         (block $e11 (result i32)
          (drop
           (block (result i64)
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $dict)
               )
               (i64.const 24)
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
            (i64.load offset=16 align=1
             (local.get $dict)
            )
           )
          )
          (i32.const 16)
         )
        )
        (local.set $text
         (i32.and
          (i32.add
           (global.get $tetra:scratch_ptr)
           (i32.const 3)
          )
          (i32.const -4)
         )
        )
        (local.set $cur
         (i32.add
          (local.get $text)
          (i32.const 4)
         )
        )
        (local.set $s
         (local.get $part)
        )
        (local.set $slen
         (block (result i32)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $s)
             )
             (i64.const 4)
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
          (i32.load align=1
           (local.get $s)
          )
         )
        )
        (if
         (i32.gt_u
          (i32.add
           (local.get $cur)
           (local.get $slen)
          )
          (global.get $tetra:scratch_end)
         )
         (then
          (block
           (call $tetra:trap
            (i32.const 15)
            (i32.const 9)
           )
           (unreachable)
          )
         )
        )
        (block
         (local.set $t:55
          (local.get $cur)
         )
         (local.set $t:56
          (i32.add
           (local.get $s)
           (i32.const 4)
          )
         )
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $t:56)
            )
            (i64.extend_i32_u
             (local.get $slen)
            )
           )
           (global.get $tetra:arena)
          )
          (then
           (call $tetra:trap
            (i32.const 17)
            (i32.const 9)
           )
           (unreachable)
          )
         )
         (local.set $t:57
          (i64.extend_i32_u
           (local.get $t:55)
          )
         )
         (local.set $t:58
          (i64.add
           (local.get $t:57)
           (i64.extend_i32_u
            (local.get $slen)
           )
          )
         )
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:57)
            (global.get $tetra:scratch_start)
           )
           (i64.gt_u
            (i64.sub
             (local.get $t:58)
             (global.get $tetra:scratch_start)
            )
            (global.get $tetra:high_span)
           )
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:57)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (local.get $t:58)
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (local.get $t:58)
               (global.get $tetra:arena)
              )
              (then
               (call $tetra:trap
                (i32.const 17)
                (i32.const 9)
               )
               (unreachable)
              )
             )
             (if
              (i64.lt_u
               (local.get $t:57)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:57)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:57)
                 )
                )
               )
               (if
                (i64.gt_u
                 (local.get $t:58)
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:59
                  (i64.add
                   (local.get $t:58)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:58)
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
                   (local.get $t:59)
                   (i64.gt_u
                    (local.get $t:59)
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
                 (local.get $t:58)
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:59
                  (i64.add
                   (local.get $t:58)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:58)
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
                    (local.get $t:59)
                    (i64.gt_u
                     (local.get $t:59)
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
         (memory.copy
          (local.get $t:55)
          (local.get $t:56)
          (local.get $slen)
         )
        )
        (local.set $cur
         (i32.add
          (local.get $cur)
          (local.get $slen)
         )
        )
        (local.set $s.1
         (local.get $part.1)
        )
        (local.set $slen.1
         (block (result i32)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $s.1)
             )
             (i64.const 4)
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
          (i32.load align=1
           (local.get $s.1)
          )
         )
        )
        (if
         (i32.gt_u
          (i32.add
           (local.get $cur)
           (i32.add
            (i32.const 1)
            (local.get $slen.1)
           )
          )
          (global.get $tetra:scratch_end)
         )
         (then
          (block
           (call $tetra:trap
            (i32.const 15)
            (i32.const 9)
           )
           (unreachable)
          )
         )
        )
        (block
         (local.set $t:60
          (i64.extend_i32_u
           (local.get $cur)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:60)
             (i64.const 1)
            )
            (global.get $tetra:scratch_start)
           )
           (global.get $tetra:high_span)
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:60)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:60)
               (i64.const 1)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:60)
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
             (if
              (i64.lt_u
               (local.get $t:60)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:60)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:60)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:60)
                  (i64.const 1)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:61
                  (i64.add
                   (i64.add
                    (local.get $t:60)
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:60)
                       (i64.const 1)
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
                   (local.get $t:61)
                   (i64.gt_u
                    (local.get $t:61)
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
                  (local.get $t:60)
                  (i64.const 1)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:61
                  (i64.add
                   (i64.add
                    (local.get $t:60)
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:60)
                       (i64.const 1)
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
                    (local.get $t:61)
                    (i64.gt_u
                     (local.get $t:61)
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
         (i32.store8
          (local.get $cur)
          (i32.const 58)
         )
        )
        (local.set $cur
         (i32.add
          (local.get $cur)
          (i32.const 1)
         )
        )
        (block
         (local.set $t:62
          (local.get $cur)
         )
         (local.set $t:63
          (i32.add
           (local.get $s.1)
           (i32.const 4)
          )
         )
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $t:63)
            )
            (i64.extend_i32_u
             (local.get $slen.1)
            )
           )
           (global.get $tetra:arena)
          )
          (then
           (call $tetra:trap
            (i32.const 17)
            (i32.const 9)
           )
           (unreachable)
          )
         )
         (local.set $t:64
          (i64.extend_i32_u
           (local.get $t:62)
          )
         )
         (local.set $t:65
          (i64.add
           (local.get $t:64)
           (i64.extend_i32_u
            (local.get $slen.1)
           )
          )
         )
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:64)
            (global.get $tetra:scratch_start)
           )
           (i64.gt_u
            (i64.sub
             (local.get $t:65)
             (global.get $tetra:scratch_start)
            )
            (global.get $tetra:high_span)
           )
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:64)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (local.get $t:65)
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (local.get $t:65)
               (global.get $tetra:arena)
              )
              (then
               (call $tetra:trap
                (i32.const 17)
                (i32.const 9)
               )
               (unreachable)
              )
             )
             (if
              (i64.lt_u
               (local.get $t:64)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:64)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:64)
                 )
                )
               )
               (if
                (i64.gt_u
                 (local.get $t:65)
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:66
                  (i64.add
                   (local.get $t:65)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:65)
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
                   (local.get $t:66)
                   (i64.gt_u
                    (local.get $t:66)
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
                 (local.get $t:65)
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:66
                  (i64.add
                   (local.get $t:65)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:65)
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
                    (local.get $t:66)
                    (i64.gt_u
                     (local.get $t:66)
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
         (memory.copy
          (local.get $t:62)
          (local.get $t:63)
          (local.get $slen.1)
         )
        )
        (local.set $cur
         (i32.add
          (local.get $cur)
          (local.get $slen.1)
         )
        )
        (local.set $len
         (i32.sub
          (i32.sub
           (local.get $cur)
           (local.get $text)
          )
          (i32.const 4)
         )
        )
        (block
         (local.set $t:67
          (i64.extend_i32_u
           (local.get $text)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:67)
             (i64.const 4)
            )
            (global.get $tetra:scratch_start)
           )
           (global.get $tetra:high_span)
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:67)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:67)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:67)
                (i64.const 4)
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
             (if
              (i64.lt_u
               (local.get $t:67)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:67)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:67)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:67)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:68
                  (i64.add
                   (i64.add
                    (local.get $t:67)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:67)
                       (i64.const 4)
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
                   (local.get $t:68)
                   (i64.gt_u
                    (local.get $t:68)
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
                  (local.get $t:67)
                  (i64.const 4)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:68
                  (i64.add
                   (i64.add
                    (local.get $t:67)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:67)
                       (i64.const 4)
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
                    (local.get $t:68)
                    (i64.gt_u
                     (local.get $t:68)
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
         (i32.store align=1
          (local.get $text)
          (local.get $len)
         )
        )
        (block (result i32)
         (local.set $t:69
          (i32.add
           (local.get $len)
           (i32.const 4)
          )
         )
         (local.set $t:70
          (i64.and
           (i64.add
            (i64.extend_i32_u
             (global.get $tetra:scratch_ptr)
            )
            (i64.const 3)
           )
           (i64.const -4)
          )
         )
         (local.set $t:71
          (i64.add
           (local.get $t:70)
           (i64.extend_i32_u
            (local.get $t:69)
           )
          )
         )
         (if
          (i64.gt_u
           (local.get $t:71)
           (i64.extend_i32_u
            (global.get $tetra:scratch_end)
           )
          )
          (then
           (call $tetra:trap
            (i32.const 15)
            (i32.const 9)
           )
           (unreachable)
          )
         )
         (global.set $tetra:scratch_ptr
          (i32.wrap_i64
           (local.get $t:71)
          )
         )
         (if
          (i64.gt_u
           (local.get $t:71)
           (i64.add
            (global.get $tetra:scratch_start)
            (global.get $tetra:high_span)
           )
          )
          (then
           (global.set $tetra:high_span
            (i64.sub
             (local.get $t:71)
             (global.get $tetra:scratch_start)
            )
           )
          )
         )
         (i32.wrap_i64
          (local.get $t:70)
         )
        )
       )
      )
      (block
       (local.set $t:72
        (i64.add
         (i64.extend_i32_u
          (local.get $dict)
         )
         (i64.const 24)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:72)
           (i64.const 4)
          )
          (global.get $tetra:scratch_start)
         )
         (global.get $tetra:high_span)
        )
        (then
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:72)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:72)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:72)
              (i64.const 4)
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
           (if
            (i64.lt_u
             (local.get $t:72)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:72)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:72)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:72)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:73
                (i64.add
                 (i64.add
                  (local.get $t:72)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:72)
                     (i64.const 4)
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
                 (local.get $t:73)
                 (i64.gt_u
                  (local.get $t:73)
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
                (local.get $t:72)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:73
                (i64.add
                 (i64.add
                  (local.get $t:72)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:72)
                     (i64.const 4)
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
                  (local.get $t:73)
                  (i64.gt_u
                   (local.get $t:73)
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
       (i32.store offset=24 align=1
        (local.get $dict)
        (local.get $label)
       )
      )
      (local.get $dict)
     )
    )
    (local.set $result.1
     (local.get $result)
    )
    (local.set $json_start
     (global.get $tetra:output_ptr)
    )
    (local.set $json_end
     (block (result i32)
      (local.set $t:74
       (call $codec.enc.record.0
        (local.get $result.1)
        (local.get $json_start)
        (i32.const 0)
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
        (local.get $t:74)
       )
      )
      (tuple.extract 2 0
       (local.get $t:74)
      )
     )
    )
    (if
     (i32.eq
      (local.get $json_end)
      (i32.const -2)
     )
     (then
      (block
       (call $tetra:trap
        (i32.const 16)
        (i32.const 1)
       )
       (unreachable)
      )
     )
    )
    (if
     (i32.eq
      (local.get $json_end)
      (i32.const -1)
     )
     (then
      (block
       (call $tetra:trap
        (i32.const 15)
        (i32.const 1)
       )
       (unreachable)
      )
     )
    )
    (global.set $tetra:output_ptr
     (local.get $json_end)
    )
    (i32.sub
     (local.get $json_end)
     (local.get $json_start)
    )
   )
   (local.get $t:fuel)
  )
 )

 (func $field.rate (param $frame i32) (param $t:depth i32) (param $t:fuel i64) (result i64)
  (local $t:3 i64)
  (local $t:4 i64)
  (local $t:5 i64)
  (local $t:6 i64)
  (local $t:7 i64)
  (local $t:8 i64)
  (block
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
    (local.set $t:3
     (i64.add
      (i64.extend_i32_u
       (local.get $frame)
      )
      (i64.const 32)
     )
    )
    (if
     (i64.gt_u
      (i64.sub
       (i64.add
        (local.get $t:3)
        (i64.const 1)
       )
       (global.get $tetra:scratch_start)
      )
      (global.get $tetra:high_span)
     )
     (then
      (if
       (i32.or
        (i64.lt_u
         (local.get $t:3)
         (global.get $tetra:low_start)
        )
        (i64.gt_u
         (i64.add
          (local.get $t:3)
          (i64.const 1)
         )
         (global.get $tetra:low_end)
        )
       )
       (then
        (if
         (i64.gt_u
          (i64.add
           (local.get $t:3)
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
        (if
         (i64.lt_u
          (local.get $t:3)
          (global.get $tetra:scratch_start)
         )
         (then
          (if
           (i64.lt_u
            (local.get $t:3)
            (global.get $tetra:low_start)
           )
           (then
            (global.set $tetra:low_start
             (local.get $t:3)
            )
           )
          )
          (if
           (i64.gt_u
            (i64.add
             (local.get $t:3)
             (i64.const 1)
            )
            (global.get $tetra:low_end)
           )
           (then
            (local.set $t:4
             (i64.add
              (i64.add
               (local.get $t:3)
               (i64.const 1)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:3)
                  (i64.const 1)
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
              (local.get $t:4)
              (i64.gt_u
               (local.get $t:4)
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
             (local.get $t:3)
             (i64.const 1)
            )
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (local.set $t:4
             (i64.add
              (i64.add
               (local.get $t:3)
               (i64.const 1)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:3)
                  (i64.const 1)
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
               (local.get $t:4)
               (i64.gt_u
                (local.get $t:4)
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
    (i32.store8 offset=32
     (local.get $frame)
     (i32.const 1)
    )
   )
   (block
    (local.set $t:5
     (i64.extend_i32_u
      (local.get $frame)
     )
    )
    (if
     (i64.gt_u
      (i64.sub
       (i64.add
        (local.get $t:5)
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
         (local.get $t:5)
         (global.get $tetra:low_start)
        )
        (i64.gt_u
         (i64.add
          (local.get $t:5)
          (i64.const 8)
         )
         (global.get $tetra:low_end)
        )
       )
       (then
        (if
         (i64.gt_u
          (i64.add
           (local.get $t:5)
           (i64.const 8)
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
        (if
         (i64.lt_u
          (local.get $t:5)
          (global.get $tetra:scratch_start)
         )
         (then
          (if
           (i64.lt_u
            (local.get $t:5)
            (global.get $tetra:low_start)
           )
           (then
            (global.set $tetra:low_start
             (local.get $t:5)
            )
           )
          )
          (if
           (i64.gt_u
            (i64.add
             (local.get $t:5)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
           (then
            (local.set $t:6
             (i64.add
              (i64.add
               (local.get $t:5)
               (i64.const 8)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:5)
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
              (local.get $t:6)
              (i64.gt_u
               (local.get $t:6)
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
             (local.get $t:5)
             (i64.const 8)
            )
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (local.set $t:6
             (i64.add
              (i64.add
               (local.get $t:5)
               (i64.const 8)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:5)
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
               (local.get $t:6)
               (i64.gt_u
                (local.get $t:6)
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
    (i64.store align=1
     (local.get $frame)
     (i64.const 3)
    )
   )
   (block
    (local.set $t:7
     (i64.add
      (i64.extend_i32_u
       (local.get $frame)
      )
      (i64.const 32)
     )
    )
    (if
     (i64.gt_u
      (i64.sub
       (i64.add
        (local.get $t:7)
        (i64.const 1)
       )
       (global.get $tetra:scratch_start)
      )
      (global.get $tetra:high_span)
     )
     (then
      (if
       (i32.or
        (i64.lt_u
         (local.get $t:7)
         (global.get $tetra:low_start)
        )
        (i64.gt_u
         (i64.add
          (local.get $t:7)
          (i64.const 1)
         )
         (global.get $tetra:low_end)
        )
       )
       (then
        (if
         (i64.gt_u
          (i64.add
           (local.get $t:7)
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
        (if
         (i64.lt_u
          (local.get $t:7)
          (global.get $tetra:scratch_start)
         )
         (then
          (if
           (i64.lt_u
            (local.get $t:7)
            (global.get $tetra:low_start)
           )
           (then
            (global.set $tetra:low_start
             (local.get $t:7)
            )
           )
          )
          (if
           (i64.gt_u
            (i64.add
             (local.get $t:7)
             (i64.const 1)
            )
            (global.get $tetra:low_end)
           )
           (then
            (local.set $t:8
             (i64.add
              (i64.add
               (local.get $t:7)
               (i64.const 1)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:7)
                  (i64.const 1)
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
              (local.get $t:8)
              (i64.gt_u
               (local.get $t:8)
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
             (local.get $t:7)
             (i64.const 1)
            )
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (local.set $t:8
             (i64.add
              (i64.add
               (local.get $t:7)
               (i64.const 1)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:7)
                  (i64.const 1)
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
               (local.get $t:8)
               (i64.gt_u
                (local.get $t:8)
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
    (i32.store8 offset=32
     (local.get $frame)
     (i32.const 2)
    )
   )
  )
  (local.get $t:fuel)
 )

 (func $fn.scale (param $env i32) (param $v i64) (param $t:depth i32) (param $t:fuel i64) (result i64 i64)
  (local $t:4 i64)
  (local $t:5 i64)
  (local $t:6 i64)
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
     (local.set $t:4
      (local.get $v)
     )
     (local.set $t:5
      (block $e2 (result i64)
       (if
        (i32.ne
         (block (result i32)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $env)
             )
             (i64.const 33)
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
          (i32.load8_u offset=32
           (local.get $env)
          )
         )
         (i32.const 2)
        )
        (then
         (if
          (i32.eq
           (block (result i32)
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $env)
               )
               (i64.const 33)
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
            (i32.load8_u offset=32
             (local.get $env)
            )
           )
           (i32.const 1)
          )
          (then
           (block
            (call $tetra:trap
             (i32.const 6)
             (i32.const 13)
            )
            (unreachable)
           )
          )
         )
         (local.set $t:fuel
          (call $field.rate
           (local.get $env)
           (block (result i32)
            (if
             (i32.ge_u
              (local.get $t:depth)
              (i32.const 1000)
             )
             (then
              (call $tetra:trap
               (i32.const 15)
               (i32.const 13)
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
        )
       )
       (block (result i64)
        (if
         (i64.gt_u
          (i64.add
           (i64.extend_i32_u
            (local.get $env)
           )
           (i64.const 8)
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
        (i64.load align=1
         (local.get $env)
        )
       )
      )
     )
     (local.set $t:6
      (i64.mul
       (local.get $t:4)
       (local.get $t:5)
      )
     )
     (if
      (i32.eqz
       (i32.and
        (i64.eq
         (i64.extend_i32_s
          (i32.wrap_i64
           (local.get $t:4)
          )
         )
         (local.get $t:4)
        )
        (i64.eq
         (i64.extend_i32_s
          (i32.wrap_i64
           (local.get $t:5)
          )
         )
         (local.get $t:5)
        )
       )
      )
      (then
       (if
        (i64.eq
         (local.get $t:4)
         (i64.const -1)
        )
        (then
         (if
          (i64.eq
           (local.get $t:5)
           (i64.const -9223372036854775808)
          )
          (then
           (call $tetra:trap
            (i32.const 2)
            (i32.const 12)
           )
           (unreachable)
          )
         )
        )
        (else
         (if
          (i64.ne
           (local.get $t:4)
           (i64.const 0)
          )
          (then
           (if
            (i64.ne
             (i64.div_s
              (local.get $t:6)
              (local.get $t:4)
             )
             (local.get $t:5)
            )
            (then
             (call $tetra:trap
              (i32.const 2)
              (i32.const 12)
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
     (local.get $t:6)
    )
   )
   (local.get $t:fuel)
  )
 )

 (func $field.later (param $frame i32) (param $t:depth i32) (param $t:fuel i64) (result i64)
  (local $t:3 i64)
  (local $t:4 i64)
  (local $t:5 i32)
  (local $t:6 i64)
  (local $t:7 i64)
  (local $t:8 i64)
  (local $t:9 i64)
  (local $t:10 i64)
  (local $t:11 i64)
  (local $t:12 i64)
  (block
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
    (local.set $t:3
     (i64.add
      (i64.extend_i32_u
       (local.get $frame)
      )
      (i64.const 33)
     )
    )
    (if
     (i64.gt_u
      (i64.sub
       (i64.add
        (local.get $t:3)
        (i64.const 1)
       )
       (global.get $tetra:scratch_start)
      )
      (global.get $tetra:high_span)
     )
     (then
      (if
       (i32.or
        (i64.lt_u
         (local.get $t:3)
         (global.get $tetra:low_start)
        )
        (i64.gt_u
         (i64.add
          (local.get $t:3)
          (i64.const 1)
         )
         (global.get $tetra:low_end)
        )
       )
       (then
        (if
         (i64.gt_u
          (i64.add
           (local.get $t:3)
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
        (if
         (i64.lt_u
          (local.get $t:3)
          (global.get $tetra:scratch_start)
         )
         (then
          (if
           (i64.lt_u
            (local.get $t:3)
            (global.get $tetra:low_start)
           )
           (then
            (global.set $tetra:low_start
             (local.get $t:3)
            )
           )
          )
          (if
           (i64.gt_u
            (i64.add
             (local.get $t:3)
             (i64.const 1)
            )
            (global.get $tetra:low_end)
           )
           (then
            (local.set $t:4
             (i64.add
              (i64.add
               (local.get $t:3)
               (i64.const 1)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:3)
                  (i64.const 1)
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
              (local.get $t:4)
              (i64.gt_u
               (local.get $t:4)
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
             (local.get $t:3)
             (i64.const 1)
            )
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (local.set $t:4
             (i64.add
              (i64.add
               (local.get $t:3)
               (i64.const 1)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:3)
                  (i64.const 1)
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
               (local.get $t:4)
               (i64.gt_u
                (local.get $t:4)
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
    (i32.store8 offset=33
     (local.get $frame)
     (i32.const 1)
    )
   )
   (block
    (local.set $t:5
     (local.get $frame)
    )
    (local.set $t:6
     (block (result i64)
      (local.set $t:7
       (block $e1 (result i64)
        (if
         (i32.ne
          (block (result i32)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $frame)
              )
              (i64.const 33)
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
           (i32.load8_u offset=32
            (local.get $frame)
           )
          )
          (i32.const 2)
         )
         (then
          (if
           (i32.eq
            (block (result i32)
             (if
              (i64.gt_u
               (i64.add
                (i64.extend_i32_u
                 (local.get $frame)
                )
                (i64.const 33)
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
             (i32.load8_u offset=32
              (local.get $frame)
             )
            )
            (i32.const 1)
           )
           (then
            (block
             (call $tetra:trap
              (i32.const 6)
              (i32.const 14)
             )
             (unreachable)
            )
           )
          )
          (local.set $t:fuel
           (call $field.rate
            (local.get $frame)
            (block (result i32)
             (if
              (i32.ge_u
               (local.get $t:depth)
               (i32.const 1000)
              )
              (then
               (call $tetra:trap
                (i32.const 15)
                (i32.const 14)
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
         )
        )
        (block (result i64)
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $frame)
            )
            (i64.const 8)
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
         (i64.load align=1
          (local.get $frame)
         )
        )
       )
      )
      (local.set $t:8
       (i64.mul
        (local.get $t:7)
        (i64.const 4)
       )
      )
      (if
       (i32.eqz
        (i32.and
         (i64.eq
          (i64.extend_i32_s
           (i32.wrap_i64
            (local.get $t:7)
           )
          )
          (local.get $t:7)
         )
         (i64.eq
          (i64.extend_i32_s
           (i32.wrap_i64
            (i64.const 4)
           )
          )
          (i64.const 4)
         )
        )
       )
       (then
        (if
         (i64.eq
          (local.get $t:7)
          (i64.const -1)
         )
         (then
          (if
           (i64.eq
            (i64.const 4)
            (i64.const -9223372036854775808)
           )
           (then
            (call $tetra:trap
             (i32.const 2)
             (i32.const 8)
            )
            (unreachable)
           )
          )
         )
         (else
          (if
           (i64.ne
            (local.get $t:7)
            (i64.const 0)
           )
           (then
            (if
             (i64.ne
              (i64.div_s
               (local.get $t:8)
               (local.get $t:7)
              )
              (i64.const 4)
             )
             (then
              (call $tetra:trap
               (i32.const 2)
               (i32.const 8)
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
    (local.set $t:9
     (i64.add
      (i64.extend_i32_u
       (local.get $t:5)
      )
      (i64.const 16)
     )
    )
    (if
     (i64.gt_u
      (i64.sub
       (i64.add
        (local.get $t:9)
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
         (local.get $t:9)
         (global.get $tetra:low_start)
        )
        (i64.gt_u
         (i64.add
          (local.get $t:9)
          (i64.const 8)
         )
         (global.get $tetra:low_end)
        )
       )
       (then
        (if
         (i64.gt_u
          (i64.add
           (local.get $t:9)
           (i64.const 8)
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
        (if
         (i64.lt_u
          (local.get $t:9)
          (global.get $tetra:scratch_start)
         )
         (then
          (if
           (i64.lt_u
            (local.get $t:9)
            (global.get $tetra:low_start)
           )
           (then
            (global.set $tetra:low_start
             (local.get $t:9)
            )
           )
          )
          (if
           (i64.gt_u
            (i64.add
             (local.get $t:9)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
           (then
            (local.set $t:10
             (i64.add
              (i64.add
               (local.get $t:9)
               (i64.const 8)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:9)
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
              (local.get $t:10)
              (i64.gt_u
               (local.get $t:10)
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
             (local.get $t:9)
             (i64.const 8)
            )
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (local.set $t:10
             (i64.add
              (i64.add
               (local.get $t:9)
               (i64.const 8)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:9)
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
               (local.get $t:10)
               (i64.gt_u
                (local.get $t:10)
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
    (i64.store offset=16 align=1
     (local.get $t:5)
     (local.get $t:6)
    )
   )
   (block
    (local.set $t:11
     (i64.add
      (i64.extend_i32_u
       (local.get $frame)
      )
      (i64.const 33)
     )
    )
    (if
     (i64.gt_u
      (i64.sub
       (i64.add
        (local.get $t:11)
        (i64.const 1)
       )
       (global.get $tetra:scratch_start)
      )
      (global.get $tetra:high_span)
     )
     (then
      (if
       (i32.or
        (i64.lt_u
         (local.get $t:11)
         (global.get $tetra:low_start)
        )
        (i64.gt_u
         (i64.add
          (local.get $t:11)
          (i64.const 1)
         )
         (global.get $tetra:low_end)
        )
       )
       (then
        (if
         (i64.gt_u
          (i64.add
           (local.get $t:11)
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
            (i64.add
             (local.get $t:11)
             (i64.const 1)
            )
            (global.get $tetra:low_end)
           )
           (then
            (local.set $t:12
             (i64.add
              (i64.add
               (local.get $t:11)
               (i64.const 1)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:11)
                  (i64.const 1)
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
            (i64.add
             (local.get $t:11)
             (i64.const 1)
            )
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (local.set $t:12
             (i64.add
              (i64.add
               (local.get $t:11)
               (i64.const 1)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:11)
                  (i64.const 1)
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
    )
    (i32.store8 offset=33
     (local.get $frame)
     (i32.const 2)
    )
   )
  )
  (local.get $t:fuel)
 )
