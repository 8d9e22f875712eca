;; From libs/driver/testdata/emit-golden/closures.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
;; `tetra emit wat libs/driver/testdata/emit-golden/closures.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
;; (all but the rt.* runtime and the codec.* JSON codec), in module order.
;; Defined functions (23):
;;   $tetra:trap
;;   $codec.hex4
;;   $rt.utf8_valid
;;   $codec.str_check
;;   $codec.num_end
;;   $codec.json_valid
;;   $codec.str_end
;;   $codec.str_unescape
;;   $codec.dec.int.1
;;   $codec.dec.list.0
;;   $codec.skip
;;   $main.args
;;   $rt.u64_digits
;;   $rt.u64_write_back
;;   $rt.int_write
;;   $codec.write_int
;;   $codec.enc.int.2
;;   $codec.enc.list.1
;;   $codec.enc.record.0
;;   $main
;;   $fn.adders.lambda
;;   $tetra:prepare
;;   $tetra:run
;; The program's 3 function(s):

 (func $main.args (param $input_offset i32) (param $input_len i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $args i32)
  (local $args_end i32)
  (local $args_pos i32)
  (local $args_kp i32)
  (local $args_klen i32)
  (local $args_mark i32)
  (local $args_c i32)
  (local $args_unexpected i32)
  (local $args_r i32)
  (local $arg0_cell i32)
  (local $arg1_cell i32)
  (local $arg0_state i32)
  (local $arg1_state i32)
  (local $ws i32)
  (local $kr i32)
  (local $kq i32)
  (local $arg i32)
  (local $arg.1 i64)
  (local $args_out i32)
  (local $t:23 (tuple i32 i64))
  (local $t:24 i64)
  (local $t:25 i64)
  (local $t:26 i64)
  (local $t:27 i64)
  (local $t:28 (tuple i32 i64))
  (local $t:29 i32)
  (local $t:30 i64)
  (local $t:31 i64)
  (local $t:32 (tuple i32 i64))
  (local $t:33 (tuple i32 i64))
  (local $t:34 (tuple i32 i64))
  (local $t:35 (tuple i32 i64))
  (local $t:36 (tuple i32 i64))
  (local $t:37 (tuple i32 i64))
  (local $t:38 i64)
  (local $t:39 i64)
  (local $t:40 i64)
  (local $t:41 i64)
  (local $t:42 i64)
  (local $t:43 i64)
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
    (local.set $args
     (local.get $input_offset)
    )
    (local.set $args_end
     (i32.add
      (local.get $args)
      (local.get $input_len)
     )
    )
    (if
     (i32.eqz
      (block (result i32)
       (local.set $t:23
        (call $codec.json_valid
         (local.get $args)
         (i32.sub
          (local.get $args_end)
          (local.get $args)
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
         (local.get $t:23)
        )
       )
       (tuple.extract 2 0
        (local.get $t:23)
       )
      )
     )
     (then
      (block
       (call $tetra:trap
        (i32.const 11)
        (i32.const 1)
       )
       (unreachable)
      )
     )
    )
    (local.set $args_pos
     (local.get $args)
    )
    (block $ws_done0
     (loop $ws1
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
      (br_if $ws_done0
       (i32.ge_u
        (local.get $args_pos)
        (local.get $args_end)
       )
      )
      (local.set $ws
       (block (result i32)
        (if
         (i64.gt_u
          (i64.add
           (i64.extend_i32_u
            (local.get $args_pos)
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
         (local.get $args_pos)
        )
       )
      )
      (br_if $ws_done0
       (i32.eqz
        (i32.le_u
         (local.get $ws)
         (i32.const 32)
        )
       )
      )
      (local.set $args_pos
       (i32.add
        (local.get $args_pos)
        (i32.const 1)
       )
      )
      (br $ws1)
     )
    )
    (if
     (i32.eqz
      (i32.eq
       (block (result i32)
        (if
         (i64.gt_u
          (i64.add
           (i64.extend_i32_u
            (local.get $args_pos)
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
         (local.get $args_pos)
        )
       )
       (i32.const 123)
      )
     )
     (then
      (block
       (call $tetra:trap
        (i32.const 11)
        (i32.const 1)
       )
       (unreachable)
      )
     )
    )
    (local.set $arg0_cell
     (block (result i32)
      (local.set $t:24
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
      (local.set $t:25
       (i64.add
        (local.get $t:24)
        (i64.extend_i32_u
         (i32.const 4)
        )
       )
      )
      (if
       (i64.gt_u
        (local.get $t:25)
        (i64.extend_i32_u
         (global.get $tetra:scratch_end)
        )
       )
       (then
        (call $tetra:trap
         (i32.const 15)
         (i32.const 0)
        )
        (unreachable)
       )
      )
      (global.set $tetra:scratch_ptr
       (i32.wrap_i64
        (local.get $t:25)
       )
      )
      (if
       (i64.gt_u
        (local.get $t:25)
        (i64.add
         (global.get $tetra:scratch_start)
         (global.get $tetra:high_span)
        )
       )
       (then
        (global.set $tetra:high_span
         (i64.sub
          (local.get $t:25)
          (global.get $tetra:scratch_start)
         )
        )
       )
      )
      (i32.wrap_i64
       (local.get $t:24)
      )
     )
    )
    (local.set $arg1_cell
     (block (result i32)
      (local.set $t:26
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
      (local.set $t:27
       (i64.add
        (local.get $t:26)
        (i64.extend_i32_u
         (i32.const 8)
        )
       )
      )
      (if
       (i64.gt_u
        (local.get $t:27)
        (i64.extend_i32_u
         (global.get $tetra:scratch_end)
        )
       )
       (then
        (call $tetra:trap
         (i32.const 15)
         (i32.const 0)
        )
        (unreachable)
       )
      )
      (global.set $tetra:scratch_ptr
       (i32.wrap_i64
        (local.get $t:27)
       )
      )
      (if
       (i64.gt_u
        (local.get $t:27)
        (i64.add
         (global.get $tetra:scratch_start)
         (global.get $tetra:high_span)
        )
       )
       (then
        (global.set $tetra:high_span
         (i64.sub
          (local.get $t:27)
          (global.get $tetra:scratch_start)
         )
        )
       )
      )
      (i32.wrap_i64
       (local.get $t:26)
      )
     )
    )
    (local.set $args_pos
     (i32.add
      (local.get $args_pos)
      (i32.const 1)
     )
    )
    (block $ws_done2
     (loop $ws3
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
      (br_if $ws_done2
       (i32.ge_u
        (local.get $args_pos)
        (local.get $args_end)
       )
      )
      (local.set $ws
       (block (result i32)
        (if
         (i64.gt_u
          (i64.add
           (i64.extend_i32_u
            (local.get $args_pos)
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
         (local.get $args_pos)
        )
       )
      )
      (br_if $ws_done2
       (i32.eqz
        (i32.le_u
         (local.get $ws)
         (i32.const 32)
        )
       )
      )
      (local.set $args_pos
       (i32.add
        (local.get $args_pos)
        (i32.const 1)
       )
      )
      (br $ws3)
     )
    )
    (if
     (i32.eqz
      (i32.eq
       (block (result i32)
        (if
         (i64.gt_u
          (i64.add
           (i64.extend_i32_u
            (local.get $args_pos)
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
         (local.get $args_pos)
        )
       )
       (i32.const 125)
      )
     )
     (then
      (loop $args4
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
       (local.set $args_mark
        (global.get $tetra:scratch_ptr)
       )
       (local.set $kr
        (block (result i32)
         (local.set $t:28
          (call $codec.str_end
           (i32.add
            (local.get $args_pos)
            (i32.const 1)
           )
           (local.get $args_end)
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
           (local.get $t:28)
          )
         )
         (tuple.extract 2 0
          (local.get $t:28)
         )
        )
       )
       (local.set $kq
        (i32.and
         (local.get $kr)
         (i32.const 2147483647)
        )
       )
       (if
        (i32.and
         (local.get $kr)
         (i32.const -2147483648)
        )
        (then
         (local.set $args_kp
          (block (result i32)
           (local.set $t:29
            (i32.sub
             (i32.sub
              (local.get $kq)
              (local.get $args_pos)
             )
             (i32.const 1)
            )
           )
           (local.set $t:30
            (i64.and
             (i64.add
              (i64.extend_i32_u
               (global.get $tetra:scratch_ptr)
              )
              (i64.const 0)
             )
             (i64.const -1)
            )
           )
           (local.set $t:31
            (i64.add
             (local.get $t:30)
             (i64.extend_i32_u
              (local.get $t:29)
             )
            )
           )
           (if
            (i64.gt_u
             (local.get $t:31)
             (i64.extend_i32_u
              (global.get $tetra:scratch_end)
             )
            )
            (then
             (call $tetra:trap
              (i32.const 15)
              (i32.const 0)
             )
             (unreachable)
            )
           )
           (global.set $tetra:scratch_ptr
            (i32.wrap_i64
             (local.get $t:31)
            )
           )
           (if
            (i64.gt_u
             (local.get $t:31)
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (global.set $tetra:high_span
              (i64.sub
               (local.get $t:31)
               (global.get $tetra:scratch_start)
              )
             )
            )
           )
           (i32.wrap_i64
            (local.get $t:30)
           )
          )
         )
         (local.set $args_klen
          (i32.sub
           (block (result i32)
            (local.set $t:32
             (call $codec.str_unescape
              (i32.add
               (local.get $args_pos)
               (i32.const 1)
              )
              (local.get $kq)
              (local.get $args_kp)
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
              (local.get $t:32)
             )
            )
            (tuple.extract 2 0
             (local.get $t:32)
            )
           )
           (local.get $args_kp)
          )
         )
        )
        (else
         (local.set $args_kp
          (i32.add
           (local.get $args_pos)
           (i32.const 1)
          )
         )
         (local.set $args_klen
          (i32.sub
           (i32.sub
            (local.get $kq)
            (local.get $args_pos)
           )
           (i32.const 1)
          )
         )
        )
       )
       (local.set $args_pos
        (i32.add
         (local.get $kq)
         (i32.const 1)
        )
       )
       (local.set $args_c
        (block $match5 (result i32)
         (if
          (i32.eq
           (local.get $args_klen)
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
                  (local.get $args_kp)
                 )
                 (i64.const 2)
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
              (i32.load16_u align=1
               (local.get $args_kp)
              )
             )
             (i32.const 29560)
            )
            (then
             (br $match5
              (i32.const 0)
             )
            )
           )
          )
         )
         (if
          (i32.eq
           (local.get $args_klen)
           (i32.const 1)
          )
          (then
           (if
            (i32.eq
             (block (result i32)
              (if
               (i64.gt_u
                (i64.add
                 (i64.extend_i32_u
                  (local.get $args_kp)
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
               (local.get $args_kp)
              )
             )
             (i32.const 107)
            )
            (then
             (br $match5
              (i32.const 1)
             )
            )
           )
          )
         )
         (i32.const -1)
        )
       )
       (global.set $tetra:scratch_ptr
        (local.get $args_mark)
       )
       (block $ws_done6
        (loop $ws7
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
         (br_if $ws_done6
          (i32.ge_u
           (local.get $args_pos)
           (local.get $args_end)
          )
         )
         (local.set $ws
          (block (result i32)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $args_pos)
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
            (local.get $args_pos)
           )
          )
         )
         (br_if $ws_done6
          (i32.eqz
           (i32.le_u
            (local.get $ws)
            (i32.const 32)
           )
          )
         )
         (local.set $args_pos
          (i32.add
           (local.get $args_pos)
           (i32.const 1)
          )
         )
         (br $ws7)
        )
       )
       (local.set $args_pos
        (i32.add
         (local.get $args_pos)
         (i32.const 1)
        )
       )
       (block $ws_done8
        (loop $ws9
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
         (br_if $ws_done8
          (i32.ge_u
           (local.get $args_pos)
           (local.get $args_end)
          )
         )
         (local.set $ws
          (block (result i32)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $args_pos)
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
            (local.get $args_pos)
           )
          )
         )
         (br_if $ws_done8
          (i32.eqz
           (i32.le_u
            (local.get $ws)
            (i32.const 32)
           )
          )
         )
         (local.set $args_pos
          (i32.add
           (local.get $args_pos)
           (i32.const 1)
          )
         )
         (br $ws9)
        )
       )
       (block $switch10
        (block $default11
         (block $case12
          (block $case13
           (br_table $case13 $case12 $default11
            (local.get $args_c)
           )
          )
          (local.set $args_r
           (block (result i32)
            (local.set $t:33
             (call $codec.dec.list.0
              (local.get $args_pos)
              (local.get $args_end)
              (local.get $arg0_cell)
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
              (local.get $t:33)
             )
            )
            (tuple.extract 2 0
             (local.get $t:33)
            )
           )
          )
          (if
           (i32.lt_s
            (local.get $args_r)
            (i32.const 0)
           )
           (then
            (local.set $arg0_state
             (i32.const 2)
            )
            (global.set $tetra:scratch_ptr
             (local.get $args_mark)
            )
            (local.set $args_pos
             (block (result i32)
              (local.set $t:34
               (call $codec.skip
                (local.get $args_pos)
                (local.get $args_end)
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
                (local.get $t:34)
               )
              )
              (tuple.extract 2 0
               (local.get $t:34)
              )
             )
            )
           )
           (else
            (local.set $arg0_state
             (i32.const 1)
            )
            (local.set $args_pos
             (local.get $args_r)
            )
           )
          )
          (br $switch10)
         )
         (local.set $args_r
          (block (result i32)
           (local.set $t:35
            (call $codec.dec.int.1
             (local.get $args_pos)
             (local.get $args_end)
             (local.get $arg1_cell)
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
             (local.get $t:35)
            )
           )
           (tuple.extract 2 0
            (local.get $t:35)
           )
          )
         )
         (if
          (i32.lt_s
           (local.get $args_r)
           (i32.const 0)
          )
          (then
           (local.set $arg1_state
            (i32.const 2)
           )
           (global.set $tetra:scratch_ptr
            (local.get $args_mark)
           )
           (local.set $args_pos
            (block (result i32)
             (local.set $t:36
              (call $codec.skip
               (local.get $args_pos)
               (local.get $args_end)
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
               (local.get $t:36)
              )
             )
             (tuple.extract 2 0
              (local.get $t:36)
             )
            )
           )
          )
          (else
           (local.set $arg1_state
            (i32.const 1)
           )
           (local.set $args_pos
            (local.get $args_r)
           )
          )
         )
         (br $switch10)
        )
        (local.set $args_unexpected
         (i32.const 1)
        )
        (local.set $args_pos
         (block (result i32)
          (local.set $t:37
           (call $codec.skip
            (local.get $args_pos)
            (local.get $args_end)
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
            (local.get $t:37)
           )
          )
          (tuple.extract 2 0
           (local.get $t:37)
          )
         )
        )
       )
       (block $ws_done14
        (loop $ws15
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
         (br_if $ws_done14
          (i32.ge_u
           (local.get $args_pos)
           (local.get $args_end)
          )
         )
         (local.set $ws
          (block (result i32)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $args_pos)
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
            (local.get $args_pos)
           )
          )
         )
         (br_if $ws_done14
          (i32.eqz
           (i32.le_u
            (local.get $ws)
            (i32.const 32)
           )
          )
         )
         (local.set $args_pos
          (i32.add
           (local.get $args_pos)
           (i32.const 1)
          )
         )
         (br $ws15)
        )
       )
       (local.set $args_c
        (block (result i32)
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $args_pos)
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
          (local.get $args_pos)
         )
        )
       )
       (local.set $args_pos
        (i32.add
         (local.get $args_pos)
         (i32.const 1)
        )
       )
       (if
        (i32.eq
         (local.get $args_c)
         (i32.const 44)
        )
        (then
         (block $ws_done16
          (loop $ws17
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
           (br_if $ws_done16
            (i32.ge_u
             (local.get $args_pos)
             (local.get $args_end)
            )
           )
           (local.set $ws
            (block (result i32)
             (if
              (i64.gt_u
               (i64.add
                (i64.extend_i32_u
                 (local.get $args_pos)
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
              (local.get $args_pos)
             )
            )
           )
           (br_if $ws_done16
            (i32.eqz
             (i32.le_u
              (local.get $ws)
              (i32.const 32)
             )
            )
           )
           (local.set $args_pos
            (i32.add
             (local.get $args_pos)
             (i32.const 1)
            )
           )
           (br $ws17)
          )
         )
         (br $args4)
        )
       )
      )
     )
    )
    (if
     (i32.eqz
      (local.get $arg0_state)
     )
     (then
      (block
       (call $tetra:trap
        (i32.const 9)
        (i32.const 2)
       )
       (unreachable)
      )
     )
    )
    (if
     (i32.eq
      (local.get $arg0_state)
      (i32.const 2)
     )
     (then
      (block
       (call $tetra:trap
        (i32.const 11)
        (i32.const 2)
       )
       (unreachable)
      )
     )
    )
    (local.set $arg
     (block (result i32)
      (if
       (i64.gt_u
        (i64.add
         (i64.extend_i32_u
          (local.get $arg0_cell)
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
       (local.get $arg0_cell)
      )
     )
    )
    (if
     (i32.eqz
      (local.get $arg1_state)
     )
     (then
      (block
       (call $tetra:trap
        (i32.const 9)
        (i32.const 3)
       )
       (unreachable)
      )
     )
    )
    (if
     (i32.eq
      (local.get $arg1_state)
      (i32.const 2)
     )
     (then
      (block
       (call $tetra:trap
        (i32.const 11)
        (i32.const 3)
       )
       (unreachable)
      )
     )
    )
    (local.set $arg.1
     (block (result i64)
      (if
       (i64.gt_u
        (i64.add
         (i64.extend_i32_u
          (local.get $arg1_cell)
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
       (local.get $arg1_cell)
      )
     )
    )
    (if
     (local.get $args_unexpected)
     (then
      (block
       (call $tetra:trap
        (i32.const 10)
        (i32.const 1)
       )
       (unreachable)
      )
     )
    )
    (local.set $args_out
     (block (result i32)
      (local.set $t:38
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
      (local.set $t:39
       (i64.add
        (local.get $t:38)
        (i64.extend_i32_u
         (i32.const 16)
        )
       )
      )
      (if
       (i64.gt_u
        (local.get $t:39)
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
        (local.get $t:39)
       )
      )
      (if
       (i64.gt_u
        (local.get $t:39)
        (i64.add
         (global.get $tetra:scratch_start)
         (global.get $tetra:high_span)
        )
       )
       (then
        (global.set $tetra:high_span
         (i64.sub
          (local.get $t:39)
          (global.get $tetra:scratch_start)
         )
        )
       )
      )
      (i32.wrap_i64
       (local.get $t:38)
      )
     )
    )
    (block
     (local.set $t:40
      (i64.extend_i32_u
       (local.get $args_out)
      )
     )
     (if
      (i64.gt_u
       (i64.sub
        (i64.add
         (local.get $t:40)
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
          (local.get $t:40)
          (global.get $tetra:low_start)
         )
         (i64.gt_u
          (i64.add
           (local.get $t:40)
           (i64.const 4)
          )
          (global.get $tetra:low_end)
         )
        )
        (then
         (if
          (i64.gt_u
           (i64.add
            (local.get $t:40)
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
           (local.get $t:40)
           (global.get $tetra:scratch_start)
          )
          (then
           (if
            (i64.lt_u
             (local.get $t:40)
             (global.get $tetra:low_start)
            )
            (then
             (global.set $tetra:low_start
              (local.get $t:40)
             )
            )
           )
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:40)
              (i64.const 4)
             )
             (global.get $tetra:low_end)
            )
            (then
             (local.set $t:41
              (i64.add
               (i64.add
                (local.get $t:40)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:40)
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
               (local.get $t:41)
               (i64.gt_u
                (local.get $t:41)
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
              (local.get $t:40)
              (i64.const 4)
             )
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (local.set $t:41
              (i64.add
               (i64.add
                (local.get $t:40)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:40)
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
                (local.get $t:41)
                (i64.gt_u
                 (local.get $t:41)
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
      (local.get $args_out)
      (local.get $arg)
     )
    )
    (block
     (local.set $t:42
      (i64.add
       (i64.extend_i32_u
        (local.get $args_out)
       )
       (i64.const 8)
      )
     )
     (if
      (i64.gt_u
       (i64.sub
        (i64.add
         (local.get $t:42)
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
          (local.get $t:42)
          (global.get $tetra:low_start)
         )
         (i64.gt_u
          (i64.add
           (local.get $t:42)
           (i64.const 8)
          )
          (global.get $tetra:low_end)
         )
        )
        (then
         (if
          (i64.gt_u
           (i64.add
            (local.get $t:42)
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
           (local.get $t:42)
           (global.get $tetra:scratch_start)
          )
          (then
           (if
            (i64.lt_u
             (local.get $t:42)
             (global.get $tetra:low_start)
            )
            (then
             (global.set $tetra:low_start
              (local.get $t:42)
             )
            )
           )
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:42)
              (i64.const 8)
             )
             (global.get $tetra:low_end)
            )
            (then
             (local.set $t:43
              (i64.add
               (i64.add
                (local.get $t:42)
                (i64.const 8)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:42)
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
               (local.get $t:43)
               (i64.gt_u
                (local.get $t:43)
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
              (local.get $t:42)
              (i64.const 8)
             )
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (local.set $t:43
              (i64.add
               (i64.add
                (local.get $t:42)
                (i64.const 8)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:42)
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
                (local.get $t:43)
                (i64.gt_u
                 (local.get $t:43)
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
      (local.get $args_out)
      (local.get $arg.1)
     )
    )
    (local.get $args_out)
   )
   (local.get $t:fuel)
  )
 )

 (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $args i32)
  (local $xs i32)
  (local $k i64)
  (local $offset i64)
  (local $dict i32)
  (local $xs.1 i32)
  (local $size i64)
  (local $list i32)
  (local $len i32)
  (local $n i32)
  (local $k.1 i32)
  (local $x i64)
  (local $x.1 i64)
  (local $scaled i32)
  (local $xs.2 i32)
  (local $size.1 i64)
  (local $list.1 i32)
  (local $len.1 i32)
  (local $n.1 i32)
  (local $k.2 i32)
  (local $x.2 i64)
  (local $x.3 i64)
  (local $evens i32)
  (local $xs.3 i32)
  (local $acc i64)
  (local $n.2 i32)
  (local $k.3 i32)
  (local $x.4 i64)
  (local $acc.1 i64)
  (local $x.5 i64)
  (local $total i64)
  (local $lo i64)
  (local $hi i64)
  (local $count i64)
  (local $size.2 i64)
  (local $list.2 i32)
  (local $len.2 i32)
  (local $i i64)
  (local $i.1 i64)
  (local $env i32)
  (local $closure i32)
  (local $adders i32)
  (local $xs.4 i32)
  (local $size.3 i64)
  (local $list.3 i32)
  (local $len.3 i32)
  (local $n.3 i32)
  (local $k.4 i32)
  (local $x.6 i32)
  (local $f i32)
  (local $arg i64)
  (local $callee i32)
  (local $applied i32)
  (local $result i32)
  (local $json_start i32)
  (local $json_end i32)
  (local $result.1 i32)
  (local $t:63 (tuple i32 i64))
  (local $t:64 i64)
  (local $t:65 i64)
  (local $t:66 i32)
  (local $t:67 i64)
  (local $t:68 i64)
  (local $t:69 i64)
  (local $t:70 i64)
  (local $t:71 i64)
  (local $t:72 i64)
  (local $t:73 i64)
  (local $t:74 i64)
  (local $t:75 i64)
  (local $t:76 i32)
  (local $t:77 i32)
  (local $t:78 i64)
  (local $t:79 i64)
  (local $t:80 i64)
  (local $t:81 i64)
  (local $t:82 i32)
  (local $t:83 i32)
  (local $t:84 i64)
  (local $t:85 i64)
  (local $t:86 i64)
  (local $t:87 i64)
  (local $t:88 i64)
  (local $t:89 i64)
  (local $t:90 i64)
  (local $t:91 i64)
  (local $t:92 i64)
  (local $t:93 i64)
  (local $t:94 i32)
  (local $t:95 i64)
  (local $t:96 i64)
  (local $t:97 i64)
  (local $t:98 i64)
  (local $t:99 i64)
  (local $t:100 i32)
  (local $t:101 i32)
  (local $t:102 i64)
  (local $t:103 i64)
  (local $t:104 i32)
  (local $t:105 i32)
  (local $t:106 i64)
  (local $t:107 i64)
  (local $t:108 i64)
  (local $t:109 i64)
  (local $t:110 i64)
  (local $t:111 i64)
  (local $t:112 i64)
  (local $t:113 i64)
  (local $t:114 i64)
  (local $t:115 i32)
  (local $t:116 i64)
  (local $t:117 i32)
  (local $t:118 i64)
  (local $t:119 i64)
  (local $t:120 i64)
  (local $t:121 i32)
  (local $t:122 i64)
  (local $t:123 i64)
  (local $t:124 i32)
  (local $t:125 i32)
  (local $t:126 i64)
  (local $t:127 i64)
  (local $t:128 i64)
  (local $t:129 i64)
  (local $t:130 i64)
  (local $t:131 i64)
  (local $t:132 i64)
  (local $t:133 i64)
  (local $t:134 i64)
  (local $t:135 i64)
  (local $t:136 i64)
  (local $t:137 i64)
  (local $t:138 i64)
  (local $t:139 i64)
  (local $t:140 i64)
  (local $t:141 i64)
  (local $t:142 i32)
  (local $t:143 i64)
  (local $t:144 i64)
  (local $t:145 i32)
  (local $t:146 i32)
  (local $t:147 i64)
  (local $t:148 i32)
  (local $t:149 i64)
  (local $t:150 i32)
  (local $t:151 (tuple i64 i64))
  (local $t:152 i64)
  (local $t:153 i64)
  (local $t:154 i64)
  (local $t:155 i64)
  (local $t:156 i64)
  (local $t:157 i64)
  (local $t:158 (tuple i32 i64))
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
    (local.set $args
     (block (result i32)
      (local.set $t:63
       (call $main.args
        (local.get $input_offset)
        (local.get $input_len)
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
       )
      )
      (local.set $t:fuel
       (tuple.extract 2 1
        (local.get $t:63)
       )
      )
      (tuple.extract 2 0
       (local.get $t:63)
      )
     )
    )
    (local.set $xs
     (block (result i32)
      (if
       (i64.gt_u
        (i64.add
         (i64.extend_i32_u
          (local.get $args)
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
       (local.get $args)
      )
     )
    )
    (local.set $k
     (block (result i64)
      (if
       (i64.gt_u
        (i64.add
         (i64.extend_i32_u
          (local.get $args)
         )
         (i64.const 16)
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
      (i64.load offset=8 align=1
       (local.get $args)
      )
     )
    )
    (local.set $result
     (block $e0 (result i32)
      (local.set $offset
       (i64.const 1)
      )
      (block $e2 (result i32)
       (local.set $dict
        (block (result i32)
         (local.set $t:64
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
         (local.set $t:65
          (i64.add
           (local.get $t:64)
           (i64.extend_i32_u
            (i32.const 24)
           )
          )
         )
         (if
          (i64.gt_u
           (local.get $t:65)
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
           (local.get $t:65)
          )
         )
         (if
          (i64.gt_u
           (local.get $t:65)
           (i64.add
            (global.get $tetra:scratch_start)
            (global.get $tetra:high_span)
           )
          )
          (then
           (global.set $tetra:high_span
            (i64.sub
             (local.get $t:65)
             (global.get $tetra:scratch_start)
            )
           )
          )
         )
         (i32.wrap_i64
          (local.get $t:64)
         )
        )
       )
       (local.set $scaled
        (block $e3 (result i32)
         (local.set $xs.1
          (local.get $xs)
         )
         (local.set $size
          (i64.add
           (i64.const 8)
           (i64.mul
            (i64.extend_i32_u
             (block (result i32)
              (if
               (i64.gt_u
                (i64.add
                 (i64.extend_i32_u
                  (local.get $xs.1)
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
               (local.get $xs.1)
              )
             )
            )
            (i64.const 8)
           )
          )
         )
         (if
          (i64.gt_u
           (local.get $size)
           (i64.const 2147483647)
          )
          (then
           (block
            (call $tetra:trap
             (i32.const 15)
             (i32.const 5)
            )
            (unreachable)
           )
          )
         )
         (local.set $list
          (block (result i32)
           (local.set $t:66
            (i32.wrap_i64
             (local.get $size)
            )
           )
           (local.set $t:67
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
           (local.set $t:68
            (i64.add
             (local.get $t:67)
             (i64.extend_i32_u
              (local.get $t:66)
             )
            )
           )
           (if
            (i64.gt_u
             (local.get $t:68)
             (i64.extend_i32_u
              (global.get $tetra:scratch_end)
             )
            )
            (then
             (call $tetra:trap
              (i32.const 15)
              (i32.const 5)
             )
             (unreachable)
            )
           )
           (global.set $tetra:scratch_ptr
            (i32.wrap_i64
             (local.get $t:68)
            )
           )
           (if
            (i64.gt_u
             (local.get $t:68)
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (global.set $tetra:high_span
              (i64.sub
               (local.get $t:68)
               (global.get $tetra:scratch_start)
              )
             )
            )
           )
           (i32.wrap_i64
            (local.get $t:67)
           )
          )
         )
         (local.set $len
          (i32.const 0)
         )
         (local.set $n
          (block (result i32)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $xs.1)
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
            (local.get $xs.1)
           )
          )
         )
         (local.set $k.1
          (i32.const 0)
         )
         (block
          (local.set $t:69
           (i64.extend_i32_u
            (select
             (i32.sub
              (local.get $n)
              (local.get $k.1)
             )
             (i32.const 0)
             (i32.gt_u
              (local.get $n)
              (local.get $k.1)
             )
            )
           )
          )
          (local.set $t:70
           (i64.sub
            (i64.extend_i32_u
             (local.get $n)
            )
            (i64.const 1)
           )
          )
          (local.set $t:71
           (i64.add
            (i64.add
             (i64.extend_i32_u
              (local.get $xs.1)
             )
             (i64.mul
              (local.get $t:70)
              (i64.const 8)
             )
            )
            (i64.const 16)
           )
          )
          (local.set $t:72
           (i64.add
            (i64.extend_i32_u
             (local.get $len)
            )
            (i64.sub
             (local.get $t:69)
             (i64.const 1)
            )
           )
          )
          (local.set $t:73
           (i64.add
            (i64.add
             (i64.extend_i32_u
              (local.get $list)
             )
             (i64.mul
              (local.get $t:72)
              (i64.const 8)
             )
            )
            (i64.const 16)
           )
          )
          (if
           (i32.and
            (i64.lt_u
             (local.get $t:69)
             (local.get $t:fuel)
            )
            (i32.or
             (i64.eqz
              (local.get $t:69)
             )
             (i32.and
              (i64.le_u
               (local.get $t:71)
               (global.get $tetra:arena)
              )
              (i32.and
               (i32.and
                (i64.lt_u
                 (local.get $t:69)
                 (i64.const 4294967296)
                )
                (i64.lt_u
                 (local.get $t:72)
                 (i64.const 4294967296)
                )
               )
               (i64.le_u
                (local.get $t:73)
                (global.get $tetra:arena)
               )
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
                (local.get $t:69)
                (i64.const 1)
               )
               (i64.const 1)
              )
             )
            )
            (if
             (i64.ne
              (local.get $t:69)
              (i64.const 0)
             )
             (then
              (block
               (local.set $t:74
                (i64.add
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $list)
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
                 (local.get $t:74)
                 (global.get $tetra:scratch_start)
                )
                (then
                 (if
                  (i64.lt_u
                   (local.get $t:74)
                   (global.get $tetra:low_start)
                  )
                  (then
                   (global.set $tetra:low_start
                    (local.get $t:74)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (local.get $t:73)
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:75
                    (i64.add
                     (local.get $t:73)
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (local.get $t:73)
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
                     (local.get $t:75)
                     (i64.gt_u
                      (local.get $t:75)
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
                   (local.get $t:73)
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:75
                    (i64.add
                     (local.get $t:73)
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (local.get $t:73)
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
                      (local.get $t:75)
                      (i64.gt_u
                       (local.get $t:75)
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
            (block $block5:fast
             (loop $each6:fast
              (br_if $block5:fast
               (i32.ge_u
                (local.get $k.1)
                (local.get $n)
               )
              )
              (local.set $x
               (block (result i64)
                (local.set $t:76
                 (i32.add
                  (local.get $xs.1)
                  (i32.mul
                   (local.get $k.1)
                   (i32.const 8)
                  )
                 )
                )
                (i64.load offset=8 align=1
                 (local.get $t:76)
                )
               )
              )
              (local.set $x.1
               (local.get $x)
              )
              (block
               (local.set $t:77
                (i32.add
                 (local.get $list)
                 (i32.mul
                  (local.get $len)
                  (i32.const 8)
                 )
                )
               )
               (local.set $t:78
                (block (result i64)
                 (local.set $t:79
                  (block (result i64)
                   (local.set $t:80
                    (i64.mul
                     (local.get $x.1)
                     (local.get $k)
                    )
                   )
                   (if
                    (i32.eqz
                     (i32.and
                      (i64.eq
                       (i64.extend_i32_s
                        (i32.wrap_i64
                         (local.get $x.1)
                        )
                       )
                       (local.get $x.1)
                      )
                      (i64.eq
                       (i64.extend_i32_s
                        (i32.wrap_i64
                         (local.get $k)
                        )
                       )
                       (local.get $k)
                      )
                     )
                    )
                    (then
                     (if
                      (i64.eq
                       (local.get $x.1)
                       (i64.const -1)
                      )
                      (then
                       (if
                        (i64.eq
                         (local.get $k)
                         (i64.const -9223372036854775808)
                        )
                        (then
                         (call $tetra:trap
                          (i32.const 2)
                          (i32.const 7)
                         )
                         (unreachable)
                        )
                       )
                      )
                      (else
                       (if
                        (i64.ne
                         (local.get $x.1)
                         (i64.const 0)
                        )
                        (then
                         (if
                          (i64.ne
                           (i64.div_s
                            (local.get $t:80)
                            (local.get $x.1)
                           )
                           (local.get $k)
                          )
                          (then
                           (call $tetra:trap
                            (i32.const 2)
                            (i32.const 7)
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
                   (local.get $t:80)
                  )
                 )
                 (local.set $t:81
                  (i64.add
                   (local.get $t:79)
                   (local.get $offset)
                  )
                 )
                 (if
                  (i64.lt_s
                   (i64.and
                    (i64.xor
                     (local.get $t:79)
                     (local.get $t:81)
                    )
                    (i64.xor
                     (local.get $offset)
                     (local.get $t:81)
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
                 (local.get $t:81)
                )
               )
               (i64.store offset=8 align=1
                (local.get $t:77)
                (local.get $t:78)
               )
              )
              (local.set $len
               (i32.add
                (local.get $len)
                (i32.const 1)
               )
              )
              (local.set $k.1
               (i32.add
                (local.get $k.1)
                (i32.const 1)
               )
              )
              (br $each6:fast)
             )
            )
           )
           (else
            (block $block5
             (loop $each6
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
              (br_if $block5
               (i32.ge_u
                (local.get $k.1)
                (local.get $n)
               )
              )
              (local.set $x
               (block (result i64)
                (local.set $t:82
                 (i32.add
                  (local.get $xs.1)
                  (i32.mul
                   (local.get $k.1)
                   (i32.const 8)
                  )
                 )
                )
                (if
                 (i64.gt_u
                  (i64.add
                   (i64.extend_i32_u
                    (local.get $t:82)
                   )
                   (i64.const 16)
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
                (i64.load offset=8 align=1
                 (local.get $t:82)
                )
               )
              )
              (local.set $x.1
               (local.get $x)
              )
              (block
               (local.set $t:83
                (i32.add
                 (local.get $list)
                 (i32.mul
                  (local.get $len)
                  (i32.const 8)
                 )
                )
               )
               (local.set $t:84
                (block (result i64)
                 (local.set $t:85
                  (block (result i64)
                   (local.set $t:86
                    (i64.mul
                     (local.get $x.1)
                     (local.get $k)
                    )
                   )
                   (if
                    (i32.eqz
                     (i32.and
                      (i64.eq
                       (i64.extend_i32_s
                        (i32.wrap_i64
                         (local.get $x.1)
                        )
                       )
                       (local.get $x.1)
                      )
                      (i64.eq
                       (i64.extend_i32_s
                        (i32.wrap_i64
                         (local.get $k)
                        )
                       )
                       (local.get $k)
                      )
                     )
                    )
                    (then
                     (if
                      (i64.eq
                       (local.get $x.1)
                       (i64.const -1)
                      )
                      (then
                       (if
                        (i64.eq
                         (local.get $k)
                         (i64.const -9223372036854775808)
                        )
                        (then
                         (call $tetra:trap
                          (i32.const 2)
                          (i32.const 7)
                         )
                         (unreachable)
                        )
                       )
                      )
                      (else
                       (if
                        (i64.ne
                         (local.get $x.1)
                         (i64.const 0)
                        )
                        (then
                         (if
                          (i64.ne
                           (i64.div_s
                            (local.get $t:86)
                            (local.get $x.1)
                           )
                           (local.get $k)
                          )
                          (then
                           (call $tetra:trap
                            (i32.const 2)
                            (i32.const 7)
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
                   (local.get $t:86)
                  )
                 )
                 (local.set $t:87
                  (i64.add
                   (local.get $t:85)
                   (local.get $offset)
                  )
                 )
                 (if
                  (i64.lt_s
                   (i64.and
                    (i64.xor
                     (local.get $t:85)
                     (local.get $t:87)
                    )
                    (i64.xor
                     (local.get $offset)
                     (local.get $t:87)
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
                 (local.get $t:87)
                )
               )
               (local.set $t:88
                (i64.add
                 (i64.extend_i32_u
                  (local.get $t:83)
                 )
                 (i64.const 8)
                )
               )
               (if
                (i64.gt_u
                 (i64.sub
                  (i64.add
                   (local.get $t:88)
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
                    (local.get $t:88)
                    (global.get $tetra:low_start)
                   )
                   (i64.gt_u
                    (i64.add
                     (local.get $t:88)
                     (i64.const 8)
                    )
                    (global.get $tetra:low_end)
                   )
                  )
                  (then
                   (if
                    (i64.gt_u
                     (i64.add
                      (local.get $t:88)
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
                     (local.get $t:88)
                     (global.get $tetra:scratch_start)
                    )
                    (then
                     (if
                      (i64.lt_u
                       (local.get $t:88)
                       (global.get $tetra:low_start)
                      )
                      (then
                       (global.set $tetra:low_start
                        (local.get $t:88)
                       )
                      )
                     )
                     (if
                      (i64.gt_u
                       (i64.add
                        (local.get $t:88)
                        (i64.const 8)
                       )
                       (global.get $tetra:low_end)
                      )
                      (then
                       (local.set $t:89
                        (i64.add
                         (i64.add
                          (local.get $t:88)
                          (i64.const 8)
                         )
                         (i64.add
                          (i64.const 64)
                          (i64.shr_u
                           (i64.sub
                            (i64.add
                             (local.get $t:88)
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
                         (local.get $t:89)
                         (i64.gt_u
                          (local.get $t:89)
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
                        (local.get $t:88)
                        (i64.const 8)
                       )
                       (i64.add
                        (global.get $tetra:scratch_start)
                        (global.get $tetra:high_span)
                       )
                      )
                      (then
                       (local.set $t:89
                        (i64.add
                         (i64.add
                          (local.get $t:88)
                          (i64.const 8)
                         )
                         (i64.add
                          (i64.const 64)
                          (i64.shr_u
                           (i64.sub
                            (i64.add
                             (local.get $t:88)
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
                          (local.get $t:89)
                          (i64.gt_u
                           (local.get $t:89)
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
                (local.get $t:83)
                (local.get $t:84)
               )
              )
              (local.set $len
               (i32.add
                (local.get $len)
                (i32.const 1)
               )
              )
              (local.set $k.1
               (i32.add
                (local.get $k.1)
                (i32.const 1)
               )
              )
              (br $each6)
             )
            )
           )
          )
         )
         (block
          (local.set $t:90
           (i64.extend_i32_u
            (local.get $list)
           )
          )
          (if
           (i64.gt_u
            (i64.sub
             (i64.add
              (local.get $t:90)
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
               (local.get $t:90)
               (global.get $tetra:low_start)
              )
              (i64.gt_u
               (i64.add
                (local.get $t:90)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
             )
             (then
              (if
               (i64.gt_u
                (i64.add
                 (local.get $t:90)
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
                (local.get $t:90)
                (global.get $tetra:scratch_start)
               )
               (then
                (if
                 (i64.lt_u
                  (local.get $t:90)
                  (global.get $tetra:low_start)
                 )
                 (then
                  (global.set $tetra:low_start
                   (local.get $t:90)
                  )
                 )
                )
                (if
                 (i64.gt_u
                  (i64.add
                   (local.get $t:90)
                   (i64.const 4)
                  )
                  (global.get $tetra:low_end)
                 )
                 (then
                  (local.set $t:91
                   (i64.add
                    (i64.add
                     (local.get $t:90)
                     (i64.const 4)
                    )
                    (i64.add
                     (i64.const 64)
                     (i64.shr_u
                      (i64.sub
                       (i64.add
                        (local.get $t:90)
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
                    (local.get $t:91)
                    (i64.gt_u
                     (local.get $t:91)
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
                   (local.get $t:90)
                   (i64.const 4)
                  )
                  (i64.add
                   (global.get $tetra:scratch_start)
                   (global.get $tetra:high_span)
                  )
                 )
                 (then
                  (local.set $t:91
                   (i64.add
                    (i64.add
                     (local.get $t:90)
                     (i64.const 4)
                    )
                    (i64.add
                     (i64.const 64)
                     (i64.shr_u
                      (i64.sub
                       (i64.add
                        (local.get $t:90)
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
                     (local.get $t:91)
                     (i64.gt_u
                      (local.get $t:91)
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
           (local.get $list)
           (local.get $len)
          )
         )
         (local.get $list)
        )
       )
       (block
        (local.set $t:92
         (i64.extend_i32_u
          (local.get $dict)
         )
        )
        (if
         (i64.gt_u
          (i64.sub
           (i64.add
            (local.get $t:92)
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
             (local.get $t:92)
             (global.get $tetra:low_start)
            )
            (i64.gt_u
             (i64.add
              (local.get $t:92)
              (i64.const 4)
             )
             (global.get $tetra:low_end)
            )
           )
           (then
            (if
             (i64.gt_u
              (i64.add
               (local.get $t:92)
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
              (local.get $t:92)
              (global.get $tetra:scratch_start)
             )
             (then
              (if
               (i64.lt_u
                (local.get $t:92)
                (global.get $tetra:low_start)
               )
               (then
                (global.set $tetra:low_start
                 (local.get $t:92)
                )
               )
              )
              (if
               (i64.gt_u
                (i64.add
                 (local.get $t:92)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
               (then
                (local.set $t:93
                 (i64.add
                  (i64.add
                   (local.get $t:92)
                   (i64.const 4)
                  )
                  (i64.add
                   (i64.const 64)
                   (i64.shr_u
                    (i64.sub
                     (i64.add
                      (local.get $t:92)
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
                  (local.get $t:93)
                  (i64.gt_u
                   (local.get $t:93)
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
                 (local.get $t:92)
                 (i64.const 4)
                )
                (i64.add
                 (global.get $tetra:scratch_start)
                 (global.get $tetra:high_span)
                )
               )
               (then
                (local.set $t:93
                 (i64.add
                  (i64.add
                   (local.get $t:92)
                   (i64.const 4)
                  )
                  (i64.add
                   (i64.const 64)
                   (i64.shr_u
                    (i64.sub
                     (i64.add
                      (local.get $t:92)
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
                   (local.get $t:93)
                   (i64.gt_u
                    (local.get $t:93)
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
         (local.get $dict)
         (local.get $scaled)
        )
       )
       (local.set $evens
        (block $e12 (result i32)
         (local.set $xs.2
          (local.get $xs)
         )
         (local.set $size.1
          (i64.add
           (i64.const 8)
           (i64.mul
            (i64.extend_i32_u
             (block (result i32)
              (if
               (i64.gt_u
                (i64.add
                 (i64.extend_i32_u
                  (local.get $xs.2)
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
               (local.get $xs.2)
              )
             )
            )
            (i64.const 8)
           )
          )
         )
         (if
          (i64.gt_u
           (local.get $size.1)
           (i64.const 2147483647)
          )
          (then
           (block
            (call $tetra:trap
             (i32.const 15)
             (i32.const 8)
            )
            (unreachable)
           )
          )
         )
         (local.set $list.1
          (block (result i32)
           (local.set $t:94
            (i32.wrap_i64
             (local.get $size.1)
            )
           )
           (local.set $t:95
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
           (local.set $t:96
            (i64.add
             (local.get $t:95)
             (i64.extend_i32_u
              (local.get $t:94)
             )
            )
           )
           (if
            (i64.gt_u
             (local.get $t:96)
             (i64.extend_i32_u
              (global.get $tetra:scratch_end)
             )
            )
            (then
             (call $tetra:trap
              (i32.const 15)
              (i32.const 8)
             )
             (unreachable)
            )
           )
           (global.set $tetra:scratch_ptr
            (i32.wrap_i64
             (local.get $t:96)
            )
           )
           (if
            (i64.gt_u
             (local.get $t:96)
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (global.set $tetra:high_span
              (i64.sub
               (local.get $t:96)
               (global.get $tetra:scratch_start)
              )
             )
            )
           )
           (i32.wrap_i64
            (local.get $t:95)
           )
          )
         )
         (local.set $len.1
          (i32.const 0)
         )
         (local.set $n.1
          (block (result i32)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $xs.2)
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
            (local.get $xs.2)
           )
          )
         )
         (local.set $k.2
          (i32.const 0)
         )
         (block
          (local.set $t:97
           (i64.extend_i32_u
            (select
             (i32.sub
              (local.get $n.1)
              (local.get $k.2)
             )
             (i32.const 0)
             (i32.gt_u
              (local.get $n.1)
              (local.get $k.2)
             )
            )
           )
          )
          (local.set $t:98
           (i64.sub
            (i64.extend_i32_u
             (local.get $n.1)
            )
            (i64.const 1)
           )
          )
          (local.set $t:99
           (i64.add
            (i64.add
             (i64.extend_i32_u
              (local.get $xs.2)
             )
             (i64.mul
              (local.get $t:98)
              (i64.const 8)
             )
            )
            (i64.const 16)
           )
          )
          (if
           (i32.and
            (i64.lt_u
             (local.get $t:97)
             (local.get $t:fuel)
            )
            (i32.or
             (i64.eqz
              (local.get $t:97)
             )
             (i64.le_u
              (local.get $t:99)
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
                (local.get $t:97)
                (i64.const 1)
               )
               (i64.const 1)
              )
             )
            )
            (block $block14:fast
             (loop $each15:fast
              (br_if $block14:fast
               (i32.ge_u
                (local.get $k.2)
                (local.get $n.1)
               )
              )
              (local.set $x.2
               (block (result i64)
                (local.set $t:100
                 (i32.add
                  (local.get $xs.2)
                  (i32.mul
                   (local.get $k.2)
                   (i32.const 8)
                  )
                 )
                )
                (i64.load offset=8 align=1
                 (local.get $t:100)
                )
               )
              )
              (local.set $x.3
               (local.get $x.2)
              )
              (if
               (i64.eq
                (block (result i64)
                 (if
                  (i64.eqz
                   (i64.const 2)
                  )
                  (then
                   (call $tetra:trap
                    (i32.const 1)
                    (i32.const 10)
                   )
                   (unreachable)
                  )
                 )
                 (if
                  (i32.and
                   (i64.eq
                    (local.get $x.3)
                    (i64.const -9223372036854775808)
                   )
                   (i64.eq
                    (i64.const 2)
                    (i64.const -1)
                   )
                  )
                  (then
                   (call $tetra:trap
                    (i32.const 2)
                    (i32.const 10)
                   )
                   (unreachable)
                  )
                 )
                 (i64.rem_s
                  (local.get $x.3)
                  (i64.const 2)
                 )
                )
                (i64.const 0)
               )
               (then
                (block
                 (local.set $t:101
                  (i32.add
                   (local.get $list.1)
                   (i32.mul
                    (local.get $len.1)
                    (i32.const 8)
                   )
                  )
                 )
                 (local.set $t:102
                  (i64.add
                   (i64.extend_i32_u
                    (local.get $t:101)
                   )
                   (i64.const 8)
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.sub
                    (i64.add
                     (local.get $t:102)
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
                      (local.get $t:102)
                      (global.get $tetra:low_start)
                     )
                     (i64.gt_u
                      (i64.add
                       (local.get $t:102)
                       (i64.const 8)
                      )
                      (global.get $tetra:low_end)
                     )
                    )
                    (then
                     (if
                      (i64.gt_u
                       (i64.add
                        (local.get $t:102)
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
                       (local.get $t:102)
                       (global.get $tetra:scratch_start)
                      )
                      (then
                       (if
                        (i64.lt_u
                         (local.get $t:102)
                         (global.get $tetra:low_start)
                        )
                        (then
                         (global.set $tetra:low_start
                          (local.get $t:102)
                         )
                        )
                       )
                       (if
                        (i64.gt_u
                         (i64.add
                          (local.get $t:102)
                          (i64.const 8)
                         )
                         (global.get $tetra:low_end)
                        )
                        (then
                         (local.set $t:103
                          (i64.add
                           (i64.add
                            (local.get $t:102)
                            (i64.const 8)
                           )
                           (i64.add
                            (i64.const 64)
                            (i64.shr_u
                             (i64.sub
                              (i64.add
                               (local.get $t:102)
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
                           (local.get $t:103)
                           (i64.gt_u
                            (local.get $t:103)
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
                          (local.get $t:102)
                          (i64.const 8)
                         )
                         (i64.add
                          (global.get $tetra:scratch_start)
                          (global.get $tetra:high_span)
                         )
                        )
                        (then
                         (local.set $t:103
                          (i64.add
                           (i64.add
                            (local.get $t:102)
                            (i64.const 8)
                           )
                           (i64.add
                            (i64.const 64)
                            (i64.shr_u
                             (i64.sub
                              (i64.add
                               (local.get $t:102)
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
                            (local.get $t:103)
                            (i64.gt_u
                             (local.get $t:103)
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
                  (local.get $t:101)
                  (local.get $x.2)
                 )
                )
                (local.set $len.1
                 (i32.add
                  (local.get $len.1)
                  (i32.const 1)
                 )
                )
               )
              )
              (local.set $k.2
               (i32.add
                (local.get $k.2)
                (i32.const 1)
               )
              )
              (br $each15:fast)
             )
            )
           )
           (else
            (block $block14
             (loop $each15
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
              (br_if $block14
               (i32.ge_u
                (local.get $k.2)
                (local.get $n.1)
               )
              )
              (local.set $x.2
               (block (result i64)
                (local.set $t:104
                 (i32.add
                  (local.get $xs.2)
                  (i32.mul
                   (local.get $k.2)
                   (i32.const 8)
                  )
                 )
                )
                (if
                 (i64.gt_u
                  (i64.add
                   (i64.extend_i32_u
                    (local.get $t:104)
                   )
                   (i64.const 16)
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
                (i64.load offset=8 align=1
                 (local.get $t:104)
                )
               )
              )
              (local.set $x.3
               (local.get $x.2)
              )
              (if
               (i64.eq
                (block (result i64)
                 (if
                  (i64.eqz
                   (i64.const 2)
                  )
                  (then
                   (call $tetra:trap
                    (i32.const 1)
                    (i32.const 10)
                   )
                   (unreachable)
                  )
                 )
                 (if
                  (i32.and
                   (i64.eq
                    (local.get $x.3)
                    (i64.const -9223372036854775808)
                   )
                   (i64.eq
                    (i64.const 2)
                    (i64.const -1)
                   )
                  )
                  (then
                   (call $tetra:trap
                    (i32.const 2)
                    (i32.const 10)
                   )
                   (unreachable)
                  )
                 )
                 (i64.rem_s
                  (local.get $x.3)
                  (i64.const 2)
                 )
                )
                (i64.const 0)
               )
               (then
                (block
                 (local.set $t:105
                  (i32.add
                   (local.get $list.1)
                   (i32.mul
                    (local.get $len.1)
                    (i32.const 8)
                   )
                  )
                 )
                 (local.set $t:106
                  (i64.add
                   (i64.extend_i32_u
                    (local.get $t:105)
                   )
                   (i64.const 8)
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.sub
                    (i64.add
                     (local.get $t:106)
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
                      (local.get $t:106)
                      (global.get $tetra:low_start)
                     )
                     (i64.gt_u
                      (i64.add
                       (local.get $t:106)
                       (i64.const 8)
                      )
                      (global.get $tetra:low_end)
                     )
                    )
                    (then
                     (if
                      (i64.gt_u
                       (i64.add
                        (local.get $t:106)
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
                       (local.get $t:106)
                       (global.get $tetra:scratch_start)
                      )
                      (then
                       (if
                        (i64.lt_u
                         (local.get $t:106)
                         (global.get $tetra:low_start)
                        )
                        (then
                         (global.set $tetra:low_start
                          (local.get $t:106)
                         )
                        )
                       )
                       (if
                        (i64.gt_u
                         (i64.add
                          (local.get $t:106)
                          (i64.const 8)
                         )
                         (global.get $tetra:low_end)
                        )
                        (then
                         (local.set $t:107
                          (i64.add
                           (i64.add
                            (local.get $t:106)
                            (i64.const 8)
                           )
                           (i64.add
                            (i64.const 64)
                            (i64.shr_u
                             (i64.sub
                              (i64.add
                               (local.get $t:106)
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
                           (local.get $t:107)
                           (i64.gt_u
                            (local.get $t:107)
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
                          (local.get $t:106)
                          (i64.const 8)
                         )
                         (i64.add
                          (global.get $tetra:scratch_start)
                          (global.get $tetra:high_span)
                         )
                        )
                        (then
                         (local.set $t:107
                          (i64.add
                           (i64.add
                            (local.get $t:106)
                            (i64.const 8)
                           )
                           (i64.add
                            (i64.const 64)
                            (i64.shr_u
                             (i64.sub
                              (i64.add
                               (local.get $t:106)
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
                            (local.get $t:107)
                            (i64.gt_u
                             (local.get $t:107)
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
                  (local.get $t:105)
                  (local.get $x.2)
                 )
                )
                (local.set $len.1
                 (i32.add
                  (local.get $len.1)
                  (i32.const 1)
                 )
                )
               )
              )
              (local.set $k.2
               (i32.add
                (local.get $k.2)
                (i32.const 1)
               )
              )
              (br $each15)
             )
            )
           )
          )
         )
         (block
          (local.set $t:108
           (i64.extend_i32_u
            (local.get $list.1)
           )
          )
          (if
           (i64.gt_u
            (i64.sub
             (i64.add
              (local.get $t:108)
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
               (local.get $t:108)
               (global.get $tetra:low_start)
              )
              (i64.gt_u
               (i64.add
                (local.get $t:108)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
             )
             (then
              (if
               (i64.gt_u
                (i64.add
                 (local.get $t:108)
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
                (local.get $t:108)
                (global.get $tetra:scratch_start)
               )
               (then
                (if
                 (i64.lt_u
                  (local.get $t:108)
                  (global.get $tetra:low_start)
                 )
                 (then
                  (global.set $tetra:low_start
                   (local.get $t:108)
                  )
                 )
                )
                (if
                 (i64.gt_u
                  (i64.add
                   (local.get $t:108)
                   (i64.const 4)
                  )
                  (global.get $tetra:low_end)
                 )
                 (then
                  (local.set $t:109
                   (i64.add
                    (i64.add
                     (local.get $t:108)
                     (i64.const 4)
                    )
                    (i64.add
                     (i64.const 64)
                     (i64.shr_u
                      (i64.sub
                       (i64.add
                        (local.get $t:108)
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
                    (local.get $t:109)
                    (i64.gt_u
                     (local.get $t:109)
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
                   (local.get $t:108)
                   (i64.const 4)
                  )
                  (i64.add
                   (global.get $tetra:scratch_start)
                   (global.get $tetra:high_span)
                  )
                 )
                 (then
                  (local.set $t:109
                   (i64.add
                    (i64.add
                     (local.get $t:108)
                     (i64.const 4)
                    )
                    (i64.add
                     (i64.const 64)
                     (i64.shr_u
                      (i64.sub
                       (i64.add
                        (local.get $t:108)
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
                     (local.get $t:109)
                     (i64.gt_u
                      (local.get $t:109)
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
           (local.get $list.1)
           (local.get $len.1)
          )
         )
         (local.get $list.1)
        )
       )
       (block
        (local.set $t:110
         (i64.add
          (i64.extend_i32_u
           (local.get $dict)
          )
          (i64.const 4)
         )
        )
        (if
         (i64.gt_u
          (i64.sub
           (i64.add
            (local.get $t:110)
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
             (local.get $t:110)
             (global.get $tetra:low_start)
            )
            (i64.gt_u
             (i64.add
              (local.get $t:110)
              (i64.const 4)
             )
             (global.get $tetra:low_end)
            )
           )
           (then
            (if
             (i64.gt_u
              (i64.add
               (local.get $t:110)
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
              (local.get $t:110)
              (global.get $tetra:scratch_start)
             )
             (then
              (if
               (i64.lt_u
                (local.get $t:110)
                (global.get $tetra:low_start)
               )
               (then
                (global.set $tetra:low_start
                 (local.get $t:110)
                )
               )
              )
              (if
               (i64.gt_u
                (i64.add
                 (local.get $t:110)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
               (then
                (local.set $t:111
                 (i64.add
                  (i64.add
                   (local.get $t:110)
                   (i64.const 4)
                  )
                  (i64.add
                   (i64.const 64)
                   (i64.shr_u
                    (i64.sub
                     (i64.add
                      (local.get $t:110)
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
                  (local.get $t:111)
                  (i64.gt_u
                   (local.get $t:111)
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
                 (local.get $t:110)
                 (i64.const 4)
                )
                (i64.add
                 (global.get $tetra:scratch_start)
                 (global.get $tetra:high_span)
                )
               )
               (then
                (local.set $t:111
                 (i64.add
                  (i64.add
                   (local.get $t:110)
                   (i64.const 4)
                  )
                  (i64.add
                   (i64.const 64)
                   (i64.shr_u
                    (i64.sub
                     (i64.add
                      (local.get $t:110)
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
                   (local.get $t:111)
                   (i64.gt_u
                    (local.get $t:111)
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
         (local.get $dict)
         (local.get $evens)
        )
       )
       (local.set $total
        (block $e21 (result i64)
         (local.set $xs.3
          (local.get $xs)
         )
         (local.set $acc
          (i64.const 0)
         )
         (local.set $n.2
          (block (result i32)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $xs.3)
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
            (local.get $xs.3)
           )
          )
         )
         (local.set $k.3
          (i32.const 0)
         )
         (block
          (local.set $t:112
           (i64.extend_i32_u
            (select
             (i32.sub
              (local.get $n.2)
              (local.get $k.3)
             )
             (i32.const 0)
             (i32.gt_u
              (local.get $n.2)
              (local.get $k.3)
             )
            )
           )
          )
          (local.set $t:113
           (i64.sub
            (i64.extend_i32_u
             (local.get $n.2)
            )
            (i64.const 1)
           )
          )
          (local.set $t:114
           (i64.add
            (i64.add
             (i64.extend_i32_u
              (local.get $xs.3)
             )
             (i64.mul
              (local.get $t:113)
              (i64.const 8)
             )
            )
            (i64.const 16)
           )
          )
          (if
           (i32.and
            (i64.lt_u
             (local.get $t:112)
             (local.get $t:fuel)
            )
            (i32.or
             (i64.eqz
              (local.get $t:112)
             )
             (i64.le_u
              (local.get $t:114)
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
                (local.get $t:112)
                (i64.const 1)
               )
               (i64.const 1)
              )
             )
            )
            (block $block24:fast
             (loop $each25:fast
              (br_if $block24:fast
               (i32.ge_u
                (local.get $k.3)
                (local.get $n.2)
               )
              )
              (local.set $x.4
               (block (result i64)
                (local.set $t:115
                 (i32.add
                  (local.get $xs.3)
                  (i32.mul
                   (local.get $k.3)
                   (i32.const 8)
                  )
                 )
                )
                (i64.load offset=8 align=1
                 (local.get $t:115)
                )
               )
              )
              (local.set $acc.1
               (local.get $acc)
              )
              (local.set $x.5
               (local.get $x.4)
              )
              (local.set $acc
               (block (result i64)
                (local.set $t:116
                 (i64.add
                  (local.get $acc.1)
                  (local.get $x.5)
                 )
                )
                (if
                 (i64.lt_s
                  (i64.and
                   (i64.xor
                    (local.get $acc.1)
                    (local.get $t:116)
                   )
                   (i64.xor
                    (local.get $x.5)
                    (local.get $t:116)
                   )
                  )
                  (i64.const 0)
                 )
                 (then
                  (call $tetra:trap
                   (i32.const 2)
                   (i32.const 12)
                  )
                  (unreachable)
                 )
                )
                (local.get $t:116)
               )
              )
              (local.set $k.3
               (i32.add
                (local.get $k.3)
                (i32.const 1)
               )
              )
              (br $each25:fast)
             )
            )
           )
           (else
            (block $block24
             (loop $each25
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
              (br_if $block24
               (i32.ge_u
                (local.get $k.3)
                (local.get $n.2)
               )
              )
              (local.set $x.4
               (block (result i64)
                (local.set $t:117
                 (i32.add
                  (local.get $xs.3)
                  (i32.mul
                   (local.get $k.3)
                   (i32.const 8)
                  )
                 )
                )
                (if
                 (i64.gt_u
                  (i64.add
                   (i64.extend_i32_u
                    (local.get $t:117)
                   )
                   (i64.const 16)
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
                (i64.load offset=8 align=1
                 (local.get $t:117)
                )
               )
              )
              (local.set $acc.1
               (local.get $acc)
              )
              (local.set $x.5
               (local.get $x.4)
              )
              (local.set $acc
               (block (result i64)
                (local.set $t:118
                 (i64.add
                  (local.get $acc.1)
                  (local.get $x.5)
                 )
                )
                (if
                 (i64.lt_s
                  (i64.and
                   (i64.xor
                    (local.get $acc.1)
                    (local.get $t:118)
                   )
                   (i64.xor
                    (local.get $x.5)
                    (local.get $t:118)
                   )
                  )
                  (i64.const 0)
                 )
                 (then
                  (call $tetra:trap
                   (i32.const 2)
                   (i32.const 12)
                  )
                  (unreachable)
                 )
                )
                (local.get $t:118)
               )
              )
              (local.set $k.3
               (i32.add
                (local.get $k.3)
                (i32.const 1)
               )
              )
              (br $each25)
             )
            )
           )
          )
         )
         (local.get $acc)
        )
       )
       (block
        (local.set $t:119
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
            (local.get $t:119)
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
             (local.get $t:119)
             (global.get $tetra:low_start)
            )
            (i64.gt_u
             (i64.add
              (local.get $t:119)
              (i64.const 8)
             )
             (global.get $tetra:low_end)
            )
           )
           (then
            (if
             (i64.gt_u
              (i64.add
               (local.get $t:119)
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
              (local.get $t:119)
              (global.get $tetra:scratch_start)
             )
             (then
              (if
               (i64.lt_u
                (local.get $t:119)
                (global.get $tetra:low_start)
               )
               (then
                (global.set $tetra:low_start
                 (local.get $t:119)
                )
               )
              )
              (if
               (i64.gt_u
                (i64.add
                 (local.get $t:119)
                 (i64.const 8)
                )
                (global.get $tetra:low_end)
               )
               (then
                (local.set $t:120
                 (i64.add
                  (i64.add
                   (local.get $t:119)
                   (i64.const 8)
                  )
                  (i64.add
                   (i64.const 64)
                   (i64.shr_u
                    (i64.sub
                     (i64.add
                      (local.get $t:119)
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
                  (local.get $t:120)
                  (i64.gt_u
                   (local.get $t:120)
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
                 (local.get $t:119)
                 (i64.const 8)
                )
                (i64.add
                 (global.get $tetra:scratch_start)
                 (global.get $tetra:high_span)
                )
               )
               (then
                (local.set $t:120
                 (i64.add
                  (i64.add
                   (local.get $t:119)
                   (i64.const 8)
                  )
                  (i64.add
                   (i64.const 64)
                   (i64.shr_u
                    (i64.sub
                     (i64.add
                      (local.get $t:119)
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
                   (local.get $t:120)
                   (i64.gt_u
                    (local.get $t:120)
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
         (local.get $dict)
         (local.get $total)
        )
       )
       (local.set $adders
        (block $e29 (result i32)
         (local.set $lo
          (i64.const 0)
         )
         (local.set $hi
          (i64.const 3)
         )
         (local.set $count
          (if (result i64)
           (i64.gt_s
            (local.get $hi)
            (local.get $lo)
           )
           (then
            (i64.sub
             (local.get $hi)
             (local.get $lo)
            )
           )
           (else
            (i64.const 0)
           )
          )
         )
         (if
          (i32.or
           (i64.lt_s
            (local.get $count)
            (i64.const 0)
           )
           (i64.gt_s
            (local.get $count)
            (i64.const 2147483647)
           )
          )
          (then
           (block
            (call $tetra:trap
             (i32.const 15)
             (i32.const 13)
            )
            (unreachable)
           )
          )
         )
         (local.set $size.2
          (i64.add
           (i64.const 4)
           (i64.mul
            (i64.extend_i32_u
             (i32.wrap_i64
              (local.get $count)
             )
            )
            (i64.const 4)
           )
          )
         )
         (if
          (i64.gt_u
           (local.get $size.2)
           (i64.const 2147483647)
          )
          (then
           (block
            (call $tetra:trap
             (i32.const 15)
             (i32.const 14)
            )
            (unreachable)
           )
          )
         )
         (local.set $list.2
          (block (result i32)
           (local.set $t:121
            (i32.wrap_i64
             (local.get $size.2)
            )
           )
           (local.set $t:122
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
           (local.set $t:123
            (i64.add
             (local.get $t:122)
             (i64.extend_i32_u
              (local.get $t:121)
             )
            )
           )
           (if
            (i64.gt_u
             (local.get $t:123)
             (i64.extend_i32_u
              (global.get $tetra:scratch_end)
             )
            )
            (then
             (call $tetra:trap
              (i32.const 15)
              (i32.const 14)
             )
             (unreachable)
            )
           )
           (global.set $tetra:scratch_ptr
            (i32.wrap_i64
             (local.get $t:123)
            )
           )
           (if
            (i64.gt_u
             (local.get $t:123)
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (global.set $tetra:high_span
              (i64.sub
               (local.get $t:123)
               (global.get $tetra:scratch_start)
              )
             )
            )
           )
           (i32.wrap_i64
            (local.get $t:122)
           )
          )
         )
         (local.set $len.2
          (i32.const 0)
         )
         (local.set $i
          (local.get $lo)
         )
         (block $block32
          (loop $range33
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
           (br_if $block32
            (i64.ge_s
             (local.get $i)
             (local.get $hi)
            )
           )
           (local.set $i.1
            (local.get $i)
           )
           (block
            (local.set $t:124
             (i32.add
              (local.get $list.2)
              (i32.mul
               (local.get $len.2)
               (i32.const 4)
              )
             )
            )
            (local.set $t:125
             (block $e34 (result i32)
              (local.set $env
               (block (result i32)
                (local.set $t:126
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
                (local.set $t:127
                 (i64.add
                  (local.get $t:126)
                  (i64.extend_i32_u
                   (i32.const 8)
                  )
                 )
                )
                (if
                 (i64.gt_u
                  (local.get $t:127)
                  (i64.extend_i32_u
                   (global.get $tetra:scratch_end)
                  )
                 )
                 (then
                  (call $tetra:trap
                   (i32.const 15)
                   (i32.const 15)
                  )
                  (unreachable)
                 )
                )
                (global.set $tetra:scratch_ptr
                 (i32.wrap_i64
                  (local.get $t:127)
                 )
                )
                (if
                 (i64.gt_u
                  (local.get $t:127)
                  (i64.add
                   (global.get $tetra:scratch_start)
                   (global.get $tetra:high_span)
                  )
                 )
                 (then
                  (global.set $tetra:high_span
                   (i64.sub
                    (local.get $t:127)
                    (global.get $tetra:scratch_start)
                   )
                  )
                 )
                )
                (i32.wrap_i64
                 (local.get $t:126)
                )
               )
              )
              (block
               (local.set $t:128
                (i64.extend_i32_u
                 (local.get $env)
                )
               )
               (if
                (i64.gt_u
                 (i64.sub
                  (i64.add
                   (local.get $t:128)
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
                    (local.get $t:128)
                    (global.get $tetra:low_start)
                   )
                   (i64.gt_u
                    (i64.add
                     (local.get $t:128)
                     (i64.const 8)
                    )
                    (global.get $tetra:low_end)
                   )
                  )
                  (then
                   (if
                    (i64.gt_u
                     (i64.add
                      (local.get $t:128)
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
                     (local.get $t:128)
                     (global.get $tetra:scratch_start)
                    )
                    (then
                     (if
                      (i64.lt_u
                       (local.get $t:128)
                       (global.get $tetra:low_start)
                      )
                      (then
                       (global.set $tetra:low_start
                        (local.get $t:128)
                       )
                      )
                     )
                     (if
                      (i64.gt_u
                       (i64.add
                        (local.get $t:128)
                        (i64.const 8)
                       )
                       (global.get $tetra:low_end)
                      )
                      (then
                       (local.set $t:129
                        (i64.add
                         (i64.add
                          (local.get $t:128)
                          (i64.const 8)
                         )
                         (i64.add
                          (i64.const 64)
                          (i64.shr_u
                           (i64.sub
                            (i64.add
                             (local.get $t:128)
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
                         (local.get $t:129)
                         (i64.gt_u
                          (local.get $t:129)
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
                        (local.get $t:128)
                        (i64.const 8)
                       )
                       (i64.add
                        (global.get $tetra:scratch_start)
                        (global.get $tetra:high_span)
                       )
                      )
                      (then
                       (local.set $t:129
                        (i64.add
                         (i64.add
                          (local.get $t:128)
                          (i64.const 8)
                         )
                         (i64.add
                          (i64.const 64)
                          (i64.shr_u
                           (i64.sub
                            (i64.add
                             (local.get $t:128)
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
                          (local.get $t:129)
                          (i64.gt_u
                           (local.get $t:129)
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
                (local.get $env)
                (local.get $i.1)
               )
              )
              (local.set $closure
               (block (result i32)
                (local.set $t:130
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
                (local.set $t:131
                 (i64.add
                  (local.get $t:130)
                  (i64.extend_i32_u
                   (i32.const 8)
                  )
                 )
                )
                (if
                 (i64.gt_u
                  (local.get $t:131)
                  (i64.extend_i32_u
                   (global.get $tetra:scratch_end)
                  )
                 )
                 (then
                  (call $tetra:trap
                   (i32.const 15)
                   (i32.const 15)
                  )
                  (unreachable)
                 )
                )
                (global.set $tetra:scratch_ptr
                 (i32.wrap_i64
                  (local.get $t:131)
                 )
                )
                (if
                 (i64.gt_u
                  (local.get $t:131)
                  (i64.add
                   (global.get $tetra:scratch_start)
                   (global.get $tetra:high_span)
                  )
                 )
                 (then
                  (global.set $tetra:high_span
                   (i64.sub
                    (local.get $t:131)
                    (global.get $tetra:scratch_start)
                   )
                  )
                 )
                )
                (i32.wrap_i64
                 (local.get $t:130)
                )
               )
              )
              (block
               (local.set $t:132
                (i64.extend_i32_u
                 (local.get $closure)
                )
               )
               (if
                (i64.gt_u
                 (i64.sub
                  (i64.add
                   (local.get $t:132)
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
                    (local.get $t:132)
                    (global.get $tetra:low_start)
                   )
                   (i64.gt_u
                    (i64.add
                     (local.get $t:132)
                     (i64.const 4)
                    )
                    (global.get $tetra:low_end)
                   )
                  )
                  (then
                   (if
                    (i64.gt_u
                     (i64.add
                      (local.get $t:132)
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
                     (local.get $t:132)
                     (global.get $tetra:scratch_start)
                    )
                    (then
                     (if
                      (i64.lt_u
                       (local.get $t:132)
                       (global.get $tetra:low_start)
                      )
                      (then
                       (global.set $tetra:low_start
                        (local.get $t:132)
                       )
                      )
                     )
                     (if
                      (i64.gt_u
                       (i64.add
                        (local.get $t:132)
                        (i64.const 4)
                       )
                       (global.get $tetra:low_end)
                      )
                      (then
                       (local.set $t:133
                        (i64.add
                         (i64.add
                          (local.get $t:132)
                          (i64.const 4)
                         )
                         (i64.add
                          (i64.const 64)
                          (i64.shr_u
                           (i64.sub
                            (i64.add
                             (local.get $t:132)
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
                         (local.get $t:133)
                         (i64.gt_u
                          (local.get $t:133)
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
                        (local.get $t:132)
                        (i64.const 4)
                       )
                       (i64.add
                        (global.get $tetra:scratch_start)
                        (global.get $tetra:high_span)
                       )
                      )
                      (then
                       (local.set $t:133
                        (i64.add
                         (i64.add
                          (local.get $t:132)
                          (i64.const 4)
                         )
                         (i64.add
                          (i64.const 64)
                          (i64.shr_u
                           (i64.sub
                            (i64.add
                             (local.get $t:132)
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
                          (local.get $t:133)
                          (i64.gt_u
                           (local.get $t:133)
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
               (local.set $t:134
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
                   (local.get $t:134)
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
                    (local.get $t:134)
                    (global.get $tetra:low_start)
                   )
                   (i64.gt_u
                    (i64.add
                     (local.get $t:134)
                     (i64.const 4)
                    )
                    (global.get $tetra:low_end)
                   )
                  )
                  (then
                   (if
                    (i64.gt_u
                     (i64.add
                      (local.get $t:134)
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
                     (local.get $t:134)
                     (global.get $tetra:scratch_start)
                    )
                    (then
                     (if
                      (i64.lt_u
                       (local.get $t:134)
                       (global.get $tetra:low_start)
                      )
                      (then
                       (global.set $tetra:low_start
                        (local.get $t:134)
                       )
                      )
                     )
                     (if
                      (i64.gt_u
                       (i64.add
                        (local.get $t:134)
                        (i64.const 4)
                       )
                       (global.get $tetra:low_end)
                      )
                      (then
                       (local.set $t:135
                        (i64.add
                         (i64.add
                          (local.get $t:134)
                          (i64.const 4)
                         )
                         (i64.add
                          (i64.const 64)
                          (i64.shr_u
                           (i64.sub
                            (i64.add
                             (local.get $t:134)
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
                         (local.get $t:135)
                         (i64.gt_u
                          (local.get $t:135)
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
                        (local.get $t:134)
                        (i64.const 4)
                       )
                       (i64.add
                        (global.get $tetra:scratch_start)
                        (global.get $tetra:high_span)
                       )
                      )
                      (then
                       (local.set $t:135
                        (i64.add
                         (i64.add
                          (local.get $t:134)
                          (i64.const 4)
                         )
                         (i64.add
                          (i64.const 64)
                          (i64.shr_u
                           (i64.sub
                            (i64.add
                             (local.get $t:134)
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
                          (local.get $t:135)
                          (i64.gt_u
                           (local.get $t:135)
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
                (local.get $env)
               )
              )
              (local.get $closure)
             )
            )
            (local.set $t:136
             (i64.add
              (i64.extend_i32_u
               (local.get $t:124)
              )
              (i64.const 4)
             )
            )
            (if
             (i64.gt_u
              (i64.sub
               (i64.add
                (local.get $t:136)
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
                 (local.get $t:136)
                 (global.get $tetra:low_start)
                )
                (i64.gt_u
                 (i64.add
                  (local.get $t:136)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
               )
               (then
                (if
                 (i64.gt_u
                  (i64.add
                   (local.get $t:136)
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
                  (local.get $t:136)
                  (global.get $tetra:scratch_start)
                 )
                 (then
                  (if
                   (i64.lt_u
                    (local.get $t:136)
                    (global.get $tetra:low_start)
                   )
                   (then
                    (global.set $tetra:low_start
                     (local.get $t:136)
                    )
                   )
                  )
                  (if
                   (i64.gt_u
                    (i64.add
                     (local.get $t:136)
                     (i64.const 4)
                    )
                    (global.get $tetra:low_end)
                   )
                   (then
                    (local.set $t:137
                     (i64.add
                      (i64.add
                       (local.get $t:136)
                       (i64.const 4)
                      )
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (i64.add
                          (local.get $t:136)
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
                      (local.get $t:137)
                      (i64.gt_u
                       (local.get $t:137)
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
                     (local.get $t:136)
                     (i64.const 4)
                    )
                    (i64.add
                     (global.get $tetra:scratch_start)
                     (global.get $tetra:high_span)
                    )
                   )
                   (then
                    (local.set $t:137
                     (i64.add
                      (i64.add
                       (local.get $t:136)
                       (i64.const 4)
                      )
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (i64.add
                          (local.get $t:136)
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
                       (local.get $t:137)
                       (i64.gt_u
                        (local.get $t:137)
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
             (local.get $t:124)
             (local.get $t:125)
            )
           )
           (local.set $len.2
            (i32.add
             (local.get $len.2)
             (i32.const 1)
            )
           )
           (local.set $i
            (i64.add
             (local.get $i)
             (i64.const 1)
            )
           )
           (br $range33)
          )
         )
         (block
          (local.set $t:138
           (i64.extend_i32_u
            (local.get $list.2)
           )
          )
          (if
           (i64.gt_u
            (i64.sub
             (i64.add
              (local.get $t:138)
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
               (local.get $t:138)
               (global.get $tetra:low_start)
              )
              (i64.gt_u
               (i64.add
                (local.get $t:138)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
             )
             (then
              (if
               (i64.gt_u
                (i64.add
                 (local.get $t:138)
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
                (local.get $t:138)
                (global.get $tetra:scratch_start)
               )
               (then
                (if
                 (i64.lt_u
                  (local.get $t:138)
                  (global.get $tetra:low_start)
                 )
                 (then
                  (global.set $tetra:low_start
                   (local.get $t:138)
                  )
                 )
                )
                (if
                 (i64.gt_u
                  (i64.add
                   (local.get $t:138)
                   (i64.const 4)
                  )
                  (global.get $tetra:low_end)
                 )
                 (then
                  (local.set $t:139
                   (i64.add
                    (i64.add
                     (local.get $t:138)
                     (i64.const 4)
                    )
                    (i64.add
                     (i64.const 64)
                     (i64.shr_u
                      (i64.sub
                       (i64.add
                        (local.get $t:138)
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
                    (local.get $t:139)
                    (i64.gt_u
                     (local.get $t:139)
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
                   (local.get $t:138)
                   (i64.const 4)
                  )
                  (i64.add
                   (global.get $tetra:scratch_start)
                   (global.get $tetra:high_span)
                  )
                 )
                 (then
                  (local.set $t:139
                   (i64.add
                    (i64.add
                     (local.get $t:138)
                     (i64.const 4)
                    )
                    (i64.add
                     (i64.const 64)
                     (i64.shr_u
                      (i64.sub
                       (i64.add
                        (local.get $t:138)
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
                     (local.get $t:139)
                     (i64.gt_u
                      (local.get $t:139)
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
           (local.get $list.2)
           (local.get $len.2)
          )
         )
         (local.get $list.2)
        )
       )
       (block
        (local.set $t:140
         (i64.add
          (i64.extend_i32_u
           (local.get $dict)
          )
          (i64.const 16)
         )
        )
        (if
         (i64.gt_u
          (i64.sub
           (i64.add
            (local.get $t:140)
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
             (local.get $t:140)
             (global.get $tetra:low_start)
            )
            (i64.gt_u
             (i64.add
              (local.get $t:140)
              (i64.const 4)
             )
             (global.get $tetra:low_end)
            )
           )
           (then
            (if
             (i64.gt_u
              (i64.add
               (local.get $t:140)
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
              (local.get $t:140)
              (global.get $tetra:scratch_start)
             )
             (then
              (if
               (i64.lt_u
                (local.get $t:140)
                (global.get $tetra:low_start)
               )
               (then
                (global.set $tetra:low_start
                 (local.get $t:140)
                )
               )
              )
              (if
               (i64.gt_u
                (i64.add
                 (local.get $t:140)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
               (then
                (local.set $t:141
                 (i64.add
                  (i64.add
                   (local.get $t:140)
                   (i64.const 4)
                  )
                  (i64.add
                   (i64.const 64)
                   (i64.shr_u
                    (i64.sub
                     (i64.add
                      (local.get $t:140)
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
                  (local.get $t:141)
                  (i64.gt_u
                   (local.get $t:141)
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
                 (local.get $t:140)
                 (i64.const 4)
                )
                (i64.add
                 (global.get $tetra:scratch_start)
                 (global.get $tetra:high_span)
                )
               )
               (then
                (local.set $t:141
                 (i64.add
                  (i64.add
                   (local.get $t:140)
                   (i64.const 4)
                  )
                  (i64.add
                   (i64.const 64)
                   (i64.shr_u
                    (i64.sub
                     (i64.add
                      (local.get $t:140)
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
                   (local.get $t:141)
                   (i64.gt_u
                    (local.get $t:141)
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
        (i32.store offset=16 align=1
         (local.get $dict)
         (local.get $adders)
        )
       )
       (local.set $applied
        (block $e35 (result i32)
         (local.set $xs.4
          (local.get $adders)
         )
         (local.set $size.3
          (i64.add
           (i64.const 8)
           (i64.mul
            (i64.extend_i32_u
             (block (result i32)
              (if
               (i64.gt_u
                (i64.add
                 (i64.extend_i32_u
                  (local.get $xs.4)
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
               (local.get $xs.4)
              )
             )
            )
            (i64.const 8)
           )
          )
         )
         (if
          (i64.gt_u
           (local.get $size.3)
           (i64.const 2147483647)
          )
          (then
           (block
            (call $tetra:trap
             (i32.const 15)
             (i32.const 16)
            )
            (unreachable)
           )
          )
         )
         (local.set $list.3
          (block (result i32)
           (local.set $t:142
            (i32.wrap_i64
             (local.get $size.3)
            )
           )
           (local.set $t:143
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
           (local.set $t:144
            (i64.add
             (local.get $t:143)
             (i64.extend_i32_u
              (local.get $t:142)
             )
            )
           )
           (if
            (i64.gt_u
             (local.get $t:144)
             (i64.extend_i32_u
              (global.get $tetra:scratch_end)
             )
            )
            (then
             (call $tetra:trap
              (i32.const 15)
              (i32.const 16)
             )
             (unreachable)
            )
           )
           (global.set $tetra:scratch_ptr
            (i32.wrap_i64
             (local.get $t:144)
            )
           )
           (if
            (i64.gt_u
             (local.get $t:144)
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (global.set $tetra:high_span
              (i64.sub
               (local.get $t:144)
               (global.get $tetra:scratch_start)
              )
             )
            )
           )
           (i32.wrap_i64
            (local.get $t:143)
           )
          )
         )
         (local.set $len.3
          (i32.const 0)
         )
         (local.set $n.3
          (block (result i32)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $xs.4)
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
            (local.get $xs.4)
           )
          )
         )
         (local.set $k.4
          (i32.const 0)
         )
         (block $block37
          (loop $each38
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
           (br_if $block37
            (i32.ge_u
             (local.get $k.4)
             (local.get $n.3)
            )
           )
           (local.set $x.6
            (block (result i32)
             (local.set $t:145
              (i32.add
               (local.get $xs.4)
               (i32.mul
                (local.get $k.4)
                (i32.const 4)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (i64.extend_i32_u
                 (local.get $t:145)
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
             (i32.load offset=4 align=1
              (local.get $t:145)
             )
            )
           )
           (local.set $f
            (local.get $x.6)
           )
           (block
            (local.set $t:146
             (i32.add
              (local.get $list.3)
              (i32.mul
               (local.get $len.3)
               (i32.const 8)
              )
             )
            )
            (local.set $t:147
             (block $e39 (result i64)
              (local.set $arg
               (local.get $k)
              )
              (local.set $callee
               (local.get $f)
              )
              (block (result i64)
               (local.set $t:148
                (block (result i32)
                 (if
                  (i64.gt_u
                   (i64.add
                    (i64.extend_i32_u
                     (local.get $callee)
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
                 (i32.load offset=4 align=1
                  (local.get $callee)
                 )
                )
               )
               (local.set $t:149
                (local.get $arg)
               )
               (local.set $t:150
                (block (result i32)
                 (if
                  (i64.gt_u
                   (i64.add
                    (i64.extend_i32_u
                     (local.get $callee)
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
                  (local.get $callee)
                 )
                )
               )
               (if
                (i32.ge_u
                 (local.get $t:150)
                 (i32.const 1)
                )
                (then
                 (call $tetra:trap
                  (i32.const 17)
                  (i32.const 17)
                 )
                 (unreachable)
                )
               )
               (block (result i64)
                (local.set $t:151
                 (call_indirect (type $3)
                  (local.get $t:148)
                  (local.get $t:149)
                  (block (result i32)
                   (if
                    (i32.ge_u
                     (local.get $t:depth)
                     (i32.const 1000)
                    )
                    (then
                     (call $tetra:trap
                      (i32.const 15)
                      (i32.const 17)
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
                  (local.get $t:150)
                 )
                )
                (local.set $t:fuel
                 (tuple.extract 2 1
                  (local.get $t:151)
                 )
                )
                (tuple.extract 2 0
                 (local.get $t:151)
                )
               )
              )
             )
            )
            (local.set $t:152
             (i64.add
              (i64.extend_i32_u
               (local.get $t:146)
              )
              (i64.const 8)
             )
            )
            (if
             (i64.gt_u
              (i64.sub
               (i64.add
                (local.get $t:152)
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
                 (local.get $t:152)
                 (global.get $tetra:low_start)
                )
                (i64.gt_u
                 (i64.add
                  (local.get $t:152)
                  (i64.const 8)
                 )
                 (global.get $tetra:low_end)
                )
               )
               (then
                (if
                 (i64.gt_u
                  (i64.add
                   (local.get $t:152)
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
                  (local.get $t:152)
                  (global.get $tetra:scratch_start)
                 )
                 (then
                  (if
                   (i64.lt_u
                    (local.get $t:152)
                    (global.get $tetra:low_start)
                   )
                   (then
                    (global.set $tetra:low_start
                     (local.get $t:152)
                    )
                   )
                  )
                  (if
                   (i64.gt_u
                    (i64.add
                     (local.get $t:152)
                     (i64.const 8)
                    )
                    (global.get $tetra:low_end)
                   )
                   (then
                    (local.set $t:153
                     (i64.add
                      (i64.add
                       (local.get $t:152)
                       (i64.const 8)
                      )
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (i64.add
                          (local.get $t:152)
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
                      (local.get $t:153)
                      (i64.gt_u
                       (local.get $t:153)
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
                     (local.get $t:152)
                     (i64.const 8)
                    )
                    (i64.add
                     (global.get $tetra:scratch_start)
                     (global.get $tetra:high_span)
                    )
                   )
                   (then
                    (local.set $t:153
                     (i64.add
                      (i64.add
                       (local.get $t:152)
                       (i64.const 8)
                      )
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (i64.add
                          (local.get $t:152)
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
                       (local.get $t:153)
                       (i64.gt_u
                        (local.get $t:153)
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
             (local.get $t:146)
             (local.get $t:147)
            )
           )
           (local.set $len.3
            (i32.add
             (local.get $len.3)
             (i32.const 1)
            )
           )
           (local.set $k.4
            (i32.add
             (local.get $k.4)
             (i32.const 1)
            )
           )
           (br $each38)
          )
         )
         (block
          (local.set $t:154
           (i64.extend_i32_u
            (local.get $list.3)
           )
          )
          (if
           (i64.gt_u
            (i64.sub
             (i64.add
              (local.get $t:154)
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
               (local.get $t:154)
               (global.get $tetra:low_start)
              )
              (i64.gt_u
               (i64.add
                (local.get $t:154)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
             )
             (then
              (if
               (i64.gt_u
                (i64.add
                 (local.get $t:154)
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
                (local.get $t:154)
                (global.get $tetra:scratch_start)
               )
               (then
                (if
                 (i64.lt_u
                  (local.get $t:154)
                  (global.get $tetra:low_start)
                 )
                 (then
                  (global.set $tetra:low_start
                   (local.get $t:154)
                  )
                 )
                )
                (if
                 (i64.gt_u
                  (i64.add
                   (local.get $t:154)
                   (i64.const 4)
                  )
                  (global.get $tetra:low_end)
                 )
                 (then
                  (local.set $t:155
                   (i64.add
                    (i64.add
                     (local.get $t:154)
                     (i64.const 4)
                    )
                    (i64.add
                     (i64.const 64)
                     (i64.shr_u
                      (i64.sub
                       (i64.add
                        (local.get $t:154)
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
                    (local.get $t:155)
                    (i64.gt_u
                     (local.get $t:155)
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
                   (local.get $t:154)
                   (i64.const 4)
                  )
                  (i64.add
                   (global.get $tetra:scratch_start)
                   (global.get $tetra:high_span)
                  )
                 )
                 (then
                  (local.set $t:155
                   (i64.add
                    (i64.add
                     (local.get $t:154)
                     (i64.const 4)
                    )
                    (i64.add
                     (i64.const 64)
                     (i64.shr_u
                      (i64.sub
                       (i64.add
                        (local.get $t:154)
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
                     (local.get $t:155)
                     (i64.gt_u
                      (local.get $t:155)
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
           (local.get $list.3)
           (local.get $len.3)
          )
         )
         (local.get $list.3)
        )
       )
       (block
        (local.set $t:156
         (i64.add
          (i64.extend_i32_u
           (local.get $dict)
          )
          (i64.const 20)
         )
        )
        (if
         (i64.gt_u
          (i64.sub
           (i64.add
            (local.get $t:156)
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
             (local.get $t:156)
             (global.get $tetra:low_start)
            )
            (i64.gt_u
             (i64.add
              (local.get $t:156)
              (i64.const 4)
             )
             (global.get $tetra:low_end)
            )
           )
           (then
            (if
             (i64.gt_u
              (i64.add
               (local.get $t:156)
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
              (local.get $t:156)
              (global.get $tetra:scratch_start)
             )
             (then
              (if
               (i64.lt_u
                (local.get $t:156)
                (global.get $tetra:low_start)
               )
               (then
                (global.set $tetra:low_start
                 (local.get $t:156)
                )
               )
              )
              (if
               (i64.gt_u
                (i64.add
                 (local.get $t:156)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
               (then
                (local.set $t:157
                 (i64.add
                  (i64.add
                   (local.get $t:156)
                   (i64.const 4)
                  )
                  (i64.add
                   (i64.const 64)
                   (i64.shr_u
                    (i64.sub
                     (i64.add
                      (local.get $t:156)
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
                  (local.get $t:157)
                  (i64.gt_u
                   (local.get $t:157)
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
                 (local.get $t:156)
                 (i64.const 4)
                )
                (i64.add
                 (global.get $tetra:scratch_start)
                 (global.get $tetra:high_span)
                )
               )
               (then
                (local.set $t:157
                 (i64.add
                  (i64.add
                   (local.get $t:156)
                   (i64.const 4)
                  )
                  (i64.add
                   (i64.const 64)
                   (i64.shr_u
                    (i64.sub
                     (i64.add
                      (local.get $t:156)
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
                   (local.get $t:157)
                   (i64.gt_u
                    (local.get $t:157)
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
        (i32.store offset=20 align=1
         (local.get $dict)
         (local.get $applied)
        )
       )
       (local.get $dict)
      )
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
      (local.set $t:158
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
        (local.get $t:158)
       )
      )
      (tuple.extract 2 0
       (local.get $t:158)
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
        (i32.const 18)
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
        (i32.const 18)
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

 (func $fn.adders.lambda (param $env i32) (param $v i64) (param $t:depth i32) (param $t:fuel i64) (result i64 i64)
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
     (local.set $t:6
      (i64.add
       (local.get $t:4)
       (local.get $t:5)
      )
     )
     (if
      (i64.lt_s
       (i64.and
        (i64.xor
         (local.get $t:4)
         (local.get $t:6)
        )
        (i64.xor
         (local.get $t:5)
         (local.get $t:6)
        )
       )
       (i64.const 0)
      )
      (then
       (call $tetra:trap
        (i32.const 2)
        (i32.const 19)
       )
       (unreachable)
      )
     )
     (local.get $t:6)
    )
   )
   (local.get $t:fuel)
  )
 )
