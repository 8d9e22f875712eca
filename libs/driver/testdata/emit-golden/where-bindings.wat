;; From libs/driver/testdata/emit-golden/where-bindings.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
;; `tetra emit wat libs/driver/testdata/emit-golden/where-bindings.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
;; (all but the rt.* runtime and the codec.* JSON codec), in module order.
;; Defined functions (24):
;;   $tetra:trap
;;   $codec.hex4
;;   $rt.utf8_valid
;;   $codec.str_check
;;   $codec.num_end
;;   $codec.json_valid
;;   $codec.str_end
;;   $codec.str_unescape
;;   $codec.dec.int.0
;;   $codec.skip
;;   $main.args
;;   $rt.u64_digits
;;   $rt.u64_write_back
;;   $rt.int_write
;;   $codec.write_int
;;   $codec.enc.int.1
;;   $codec.enc.list.2
;;   $codec.enc.record.0
;;   $main
;;   $where.a.base
;;   $where.a.extra
;;   $fn.a.extra.sq
;;   $tetra:prepare
;;   $tetra:run
;; The program's 5 function(s):

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
  (local $arg i64)
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
         (i64.const 7)
        )
        (i64.const -8)
       )
      )
      (local.set $t:25
       (i64.add
        (local.get $t:24)
        (i64.extend_i32_u
         (i32.const 8)
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
             (i32.const 120)
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
             (i32.const 121)
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
             (call $codec.dec.int.0
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
            (call $codec.dec.int.0
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
     (block (result i64)
      (if
       (i64.gt_u
        (i64.add
         (i64.extend_i32_u
          (local.get $arg0_cell)
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
          (local.get $t:40)
          (global.get $tetra:low_start)
         )
         (i64.gt_u
          (i64.add
           (local.get $t:40)
           (i64.const 8)
          )
          (global.get $tetra:low_end)
         )
        )
        (then
         (if
          (i64.gt_u
           (i64.add
            (local.get $t:40)
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
              (i64.const 8)
             )
             (global.get $tetra:low_end)
            )
            (then
             (local.set $t:41
              (i64.add
               (i64.add
                (local.get $t:40)
                (i64.const 8)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:40)
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
              (i64.const 8)
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
                (i64.const 8)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:40)
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
     (i64.store align=1
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
  (local $x i64)
  (local $y i64)
  (local $dict i32)
  (local $frame i32)
  (local $total i64)
  (local $a i64)
  (local $p i64)
  (local $q i64)
  (local $b i64)
  (local $item i64)
  (local $item.1 i64)
  (local $item.2 i64)
  (local $size i64)
  (local $list i32)
  (local $len i32)
  (local $ws i32)
  (local $xs i32)
  (local $size.1 i64)
  (local $list.1 i32)
  (local $len.1 i32)
  (local $n i32)
  (local $k i32)
  (local $x.1 i64)
  (local $w i64)
  (local $c i32)
  (local $result i32)
  (local $json_start i32)
  (local $json_end i32)
  (local $result.1 i32)
  (local $t:36 (tuple i32 i64))
  (local $t:37 i64)
  (local $t:38 i64)
  (local $t:39 i64)
  (local $t:40 i64)
  (local $t:41 i32)
  (local $t:42 i64)
  (local $t:43 i64)
  (local $t:44 i64)
  (local $t:45 i64)
  (local $t:46 i64)
  (local $t:47 i64)
  (local $t:48 i64)
  (local $t:49 i64)
  (local $t:50 i64)
  (local $t:51 i64)
  (local $t:52 i64)
  (local $t:53 i64)
  (local $t:54 i64)
  (local $t:55 i64)
  (local $t:56 i64)
  (local $t:57 i64)
  (local $t:58 i64)
  (local $t:59 i64)
  (local $t:60 i32)
  (local $t:61 i64)
  (local $t:62 i64)
  (local $t:63 i32)
  (local $t:64 i64)
  (local $t:65 i64)
  (local $t:66 i32)
  (local $t:67 i64)
  (local $t:68 i64)
  (local $t:69 i32)
  (local $t:70 i64)
  (local $t:71 i64)
  (local $t:72 i64)
  (local $t:73 i64)
  (local $t:74 i32)
  (local $t:75 i64)
  (local $t:76 i64)
  (local $t:77 i64)
  (local $t:78 i64)
  (local $t:79 i64)
  (local $t:80 i64)
  (local $t:81 i64)
  (local $t:82 i64)
  (local $t:83 i64)
  (local $t:84 i32)
  (local $t:85 i32)
  (local $t:86 i64)
  (local $t:87 i64)
  (local $t:88 i32)
  (local $t:89 i32)
  (local $t:90 i64)
  (local $t:91 i64)
  (local $t:92 i64)
  (local $t:93 i64)
  (local $t:94 i64)
  (local $t:95 i64)
  (local $t:96 i64)
  (local $t:97 i64)
  (local $t:98 (tuple i32 i64))
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
      (local.set $t:36
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
        (local.get $t:36)
       )
      )
      (tuple.extract 2 0
       (local.get $t:36)
      )
     )
    )
    (local.set $x
     (block (result i64)
      (if
       (i64.gt_u
        (i64.add
         (i64.extend_i32_u
          (local.get $args)
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
       (local.get $args)
      )
     )
    )
    (local.set $y
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
      (local.set $dict
       (block (result i32)
        (local.set $t:37
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
        (local.set $t:38
         (i64.add
          (local.get $t:37)
          (i64.extend_i32_u
           (i32.const 24)
          )
         )
        )
        (if
         (i64.gt_u
          (local.get $t:38)
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
          (local.get $t:38)
         )
        )
        (if
         (i64.gt_u
          (local.get $t:38)
          (i64.add
           (global.get $tetra:scratch_start)
           (global.get $tetra:high_span)
          )
         )
         (then
          (global.set $tetra:high_span
           (i64.sub
            (local.get $t:38)
            (global.get $tetra:scratch_start)
           )
          )
         )
        )
        (i32.wrap_i64
         (local.get $t:37)
        )
       )
      )
      (local.set $a
       (block $e1 (result i64)
        (local.set $frame
         (block (result i32)
          (local.set $t:39
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
          (local.set $t:40
           (i64.add
            (local.get $t:39)
            (i64.extend_i32_u
             (i32.const 48)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:40)
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
            (local.get $t:40)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:40)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:40)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:39)
          )
         )
        )
        (block
         (local.set $t:41
          (i32.add
           (local.get $frame)
           (i32.const 24)
          )
         )
         (local.set $t:42
          (i64.extend_i32_u
           (local.get $t:41)
          )
         )
         (local.set $t:43
          (i64.add
           (local.get $t:42)
           (i64.extend_i32_u
            (i32.const 2)
           )
          )
         )
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:42)
            (global.get $tetra:scratch_start)
           )
           (i64.gt_u
            (i64.sub
             (local.get $t:43)
             (global.get $tetra:scratch_start)
            )
            (global.get $tetra:high_span)
           )
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:42)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (local.get $t:43)
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (local.get $t:43)
               (global.get $tetra:arena)
              )
              (then
               (call $tetra:trap
                (i32.const 17)
                (i32.const 5)
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
                 (local.get $t:43)
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:44
                  (i64.add
                   (local.get $t:43)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:43)
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
                 (local.get $t:43)
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:44
                  (i64.add
                   (local.get $t:43)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:43)
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
         (memory.fill
          (local.get $t:41)
          (i32.const 0)
          (i32.const 2)
         )
        )
        (block
         (local.set $t:45
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
             (local.get $t:45)
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
              (local.get $t:45)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:45)
               (i64.const 8)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:45)
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
               (local.get $t:45)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:45)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:45)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:45)
                  (i64.const 8)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:46
                  (i64.add
                   (i64.add
                    (local.get $t:45)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:45)
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
                   (local.get $t:46)
                   (i64.gt_u
                    (local.get $t:46)
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
                  (local.get $t:45)
                  (i64.const 8)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:46
                  (i64.add
                   (i64.add
                    (local.get $t:45)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:45)
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
                    (local.get $t:46)
                    (i64.gt_u
                     (local.get $t:46)
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
         (i64.store offset=32 align=1
          (local.get $frame)
          (local.get $x)
         )
        )
        (block
         (local.set $t:47
          (i64.add
           (i64.extend_i32_u
            (local.get $frame)
           )
           (i64.const 40)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:47)
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
              (local.get $t:47)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:47)
               (i64.const 8)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:47)
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
               (local.get $t:47)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:47)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:47)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:47)
                  (i64.const 8)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:48
                  (i64.add
                   (i64.add
                    (local.get $t:47)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:47)
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
                   (local.get $t:48)
                   (i64.gt_u
                    (local.get $t:48)
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
                  (local.get $t:47)
                  (i64.const 8)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:48
                  (i64.add
                   (i64.add
                    (local.get $t:47)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:47)
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
                    (local.get $t:48)
                    (i64.gt_u
                     (local.get $t:48)
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
         (i64.store offset=40 align=1
          (local.get $frame)
          (local.get $y)
         )
        )
        (local.set $total
         (block (result i64)
          (local.set $t:49
           (block $e3 (result i64)
            (if
             (i32.ne
              (block (result i32)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $frame)
                  )
                  (i64.const 25)
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
               (i32.load8_u offset=24
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
                    (i64.const 25)
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
                 (i32.load8_u offset=24
                  (local.get $frame)
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
               (call $where.a.base
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
                 (local.get $frame)
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
              (local.get $frame)
             )
            )
           )
          )
          (local.set $t:50
           (block $e4 (result i64)
            (if
             (i32.ne
              (block (result i32)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $frame)
                  )
                  (i64.const 26)
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
               (i32.load8_u offset=25
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
                    (i64.const 26)
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
                 (i32.load8_u offset=25
                  (local.get $frame)
                 )
                )
                (i32.const 1)
               )
               (then
                (block
                 (call $tetra:trap
                  (i32.const 6)
                  (i32.const 8)
                 )
                 (unreachable)
                )
               )
              )
              (local.set $t:fuel
               (call $where.a.extra
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
            (block (result i64)
             (if
              (i64.gt_u
               (i64.add
                (i64.extend_i32_u
                 (local.get $frame)
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
              (local.get $frame)
             )
            )
           )
          )
          (local.set $t:51
           (i64.add
            (local.get $t:49)
            (local.get $t:50)
           )
          )
          (if
           (i64.lt_s
            (i64.and
             (i64.xor
              (local.get $t:49)
              (local.get $t:51)
             )
             (i64.xor
              (local.get $t:50)
              (local.get $t:51)
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
          (local.get $t:51)
         )
        )
        (if
         (i32.eqz
          (block (result i32)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $frame)
              )
              (i64.const 25)
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
           (i32.load8_u offset=24
            (local.get $frame)
           )
          )
         )
         (then
          (local.set $t:fuel
           (call $where.a.base
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
                (i32.const 9)
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
        (if
         (i32.eqz
          (block (result i32)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $frame)
              )
              (i64.const 26)
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
           (i32.load8_u offset=25
            (local.get $frame)
           )
          )
         )
         (then
          (local.set $t:fuel
           (call $where.a.extra
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
                (i32.const 10)
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
         (local.set $t:52
          (i64.mul
           (local.get $total)
           (i64.const 2)
          )
         )
         (if
          (i32.eqz
           (i32.and
            (i64.eq
             (i64.extend_i32_s
              (i32.wrap_i64
               (local.get $total)
              )
             )
             (local.get $total)
            )
            (i64.eq
             (i64.extend_i32_s
              (i32.wrap_i64
               (i64.const 2)
              )
             )
             (i64.const 2)
            )
           )
          )
          (then
           (if
            (i64.eq
             (local.get $total)
             (i64.const -1)
            )
            (then
             (if
              (i64.eq
               (i64.const 2)
               (i64.const -9223372036854775808)
              )
              (then
               (call $tetra:trap
                (i32.const 2)
                (i32.const 11)
               )
               (unreachable)
              )
             )
            )
            (else
             (if
              (i64.ne
               (local.get $total)
               (i64.const 0)
              )
              (then
               (if
                (i64.ne
                 (i64.div_s
                  (local.get $t:52)
                  (local.get $total)
                 )
                 (i64.const 2)
                )
                (then
                 (call $tetra:trap
                  (i32.const 2)
                  (i32.const 11)
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
         (local.get $t:52)
        )
       )
      )
      (block
       (local.set $t:53
        (i64.extend_i32_u
         (local.get $dict)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:53)
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
            (local.get $t:53)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:53)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:53)
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
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:54
                (i64.add
                 (i64.add
                  (local.get $t:53)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:53)
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
                (i64.const 8)
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
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:53)
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
       (i64.store align=1
        (local.get $dict)
        (local.get $a)
       )
      )
      (local.set $b
       (block $e8 (result i64)
        (local.set $p
         (block (result i64)
          (local.set $t:55
           (i64.sub
            (local.get $x)
            (i64.const 1)
           )
          )
          (if
           (i64.gt_s
            (local.get $t:55)
            (local.get $x)
           )
           (then
            (call $tetra:trap
             (i32.const 2)
             (i32.const 12)
            )
            (unreachable)
           )
          )
          (local.get $t:55)
         )
        )
        (block $e12 (result i64)
         (local.set $q
          (block (result i64)
           (local.set $t:56
            (i64.mul
             (local.get $p)
             (i64.const 3)
            )
           )
           (if
            (i32.eqz
             (i32.and
              (i64.eq
               (i64.extend_i32_s
                (i32.wrap_i64
                 (local.get $p)
                )
               )
               (local.get $p)
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
               (local.get $p)
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
                  (i32.const 13)
                 )
                 (unreachable)
                )
               )
              )
              (else
               (if
                (i64.ne
                 (local.get $p)
                 (i64.const 0)
                )
                (then
                 (if
                  (i64.ne
                   (i64.div_s
                    (local.get $t:56)
                    (local.get $p)
                   )
                   (i64.const 3)
                  )
                  (then
                   (call $tetra:trap
                    (i32.const 2)
                    (i32.const 13)
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
           (local.get $t:56)
          )
         )
         (block (result i64)
          (local.set $t:57
           (i64.add
            (local.get $p)
            (local.get $q)
           )
          )
          (if
           (i64.lt_s
            (i64.and
             (i64.xor
              (local.get $p)
              (local.get $t:57)
             )
             (i64.xor
              (local.get $q)
              (local.get $t:57)
             )
            )
            (i64.const 0)
           )
           (then
            (call $tetra:trap
             (i32.const 2)
             (i32.const 14)
            )
            (unreachable)
           )
          )
          (local.get $t:57)
         )
        )
       )
      )
      (block
       (local.set $t:58
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
           (local.get $t:58)
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
            (local.get $t:58)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:58)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:58)
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
             (local.get $t:58)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:58)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:58)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:58)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:59
                (i64.add
                 (i64.add
                  (local.get $t:58)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:58)
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
               (i64.add
                (local.get $t:58)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:59
                (i64.add
                 (i64.add
                  (local.get $t:58)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:58)
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
       (i64.store offset=8 align=1
        (local.get $dict)
        (local.get $b)
       )
      )
      (local.set $c
       (block $e19 (result i32)
        (local.set $ws
         (block $e20 (result i32)
          (local.set $item
           (i64.const 1)
          )
          (local.set $item.1
           (i64.const 2)
          )
          (local.set $item.2
           (i64.const 3)
          )
          (local.set $size
           (i64.const 32)
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
              (i32.const 15)
             )
             (unreachable)
            )
           )
          )
          (local.set $list
           (block (result i32)
            (local.set $t:60
             (i32.wrap_i64
              (local.get $size)
             )
            )
            (local.set $t:61
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
            (local.set $t:62
             (i64.add
              (local.get $t:61)
              (i64.extend_i32_u
               (local.get $t:60)
              )
             )
            )
            (if
             (i64.gt_u
              (local.get $t:62)
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
              (local.get $t:62)
             )
            )
            (if
             (i64.gt_u
              (local.get $t:62)
              (i64.add
               (global.get $tetra:scratch_start)
               (global.get $tetra:high_span)
              )
             )
             (then
              (global.set $tetra:high_span
               (i64.sub
                (local.get $t:62)
                (global.get $tetra:scratch_start)
               )
              )
             )
            )
            (i32.wrap_i64
             (local.get $t:61)
            )
           )
          )
          (local.set $len
           (i32.const 0)
          )
          (block
           (local.set $t:63
            (i32.add
             (i32.add
              (local.get $list)
              (i32.const 8)
             )
             (i32.mul
              (local.get $len)
              (i32.const 8)
             )
            )
           )
           (local.set $t:64
            (i64.extend_i32_u
             (local.get $t:63)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:64)
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
                (local.get $t:64)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:64)
                 (i64.const 8)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:64)
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
                   (i64.add
                    (local.get $t:64)
                    (i64.const 8)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:65
                    (i64.add
                     (i64.add
                      (local.get $t:64)
                      (i64.const 8)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:64)
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
                     (local.get $t:65)
                     (i64.gt_u
                      (local.get $t:65)
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
                    (local.get $t:64)
                    (i64.const 8)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:65
                    (i64.add
                     (i64.add
                      (local.get $t:64)
                      (i64.const 8)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:64)
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
                      (local.get $t:65)
                      (i64.gt_u
                       (local.get $t:65)
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
            (local.get $t:63)
            (local.get $item)
           )
          )
          (local.set $len
           (i32.add
            (local.get $len)
            (i32.const 1)
           )
          )
          (block
           (local.set $t:66
            (i32.add
             (i32.add
              (local.get $list)
              (i32.const 8)
             )
             (i32.mul
              (local.get $len)
              (i32.const 8)
             )
            )
           )
           (local.set $t:67
            (i64.extend_i32_u
             (local.get $t:66)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:67)
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
                (local.get $t:67)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:67)
                 (i64.const 8)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:67)
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
                    (i64.const 8)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:68
                    (i64.add
                     (i64.add
                      (local.get $t:67)
                      (i64.const 8)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:67)
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
                    (i64.const 8)
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
                      (i64.const 8)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:67)
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
           (i64.store align=1
            (local.get $t:66)
            (local.get $item.1)
           )
          )
          (local.set $len
           (i32.add
            (local.get $len)
            (i32.const 1)
           )
          )
          (block
           (local.set $t:69
            (i32.add
             (i32.add
              (local.get $list)
              (i32.const 8)
             )
             (i32.mul
              (local.get $len)
              (i32.const 8)
             )
            )
           )
           (local.set $t:70
            (i64.extend_i32_u
             (local.get $t:69)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:70)
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
                (local.get $t:70)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:70)
                 (i64.const 8)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:70)
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
                 (local.get $t:70)
                 (global.get $tetra:scratch_start)
                )
                (then
                 (if
                  (i64.lt_u
                   (local.get $t:70)
                   (global.get $tetra:low_start)
                  )
                  (then
                   (global.set $tetra:low_start
                    (local.get $t:70)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:70)
                    (i64.const 8)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:71
                    (i64.add
                     (i64.add
                      (local.get $t:70)
                      (i64.const 8)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:70)
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
                     (local.get $t:71)
                     (i64.gt_u
                      (local.get $t:71)
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
                    (local.get $t:70)
                    (i64.const 8)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:71
                    (i64.add
                     (i64.add
                      (local.get $t:70)
                      (i64.const 8)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:70)
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
                      (local.get $t:71)
                      (i64.gt_u
                       (local.get $t:71)
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
            (local.get $t:69)
            (local.get $item.2)
           )
          )
          (local.set $len
           (i32.add
            (local.get $len)
            (i32.const 1)
           )
          )
          (block
           (local.set $t:72
            (i64.extend_i32_u
             (local.get $list)
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
           (i32.store align=1
            (local.get $list)
            (local.get $len)
           )
          )
          (local.get $list)
         )
        )
        (block $e24 (result i32)
         (local.set $xs
          (local.get $ws)
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
                  (local.get $xs)
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
               (local.get $xs)
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
             (i32.const 16)
            )
            (unreachable)
           )
          )
         )
         (local.set $list.1
          (block (result i32)
           (local.set $t:74
            (i32.wrap_i64
             (local.get $size.1)
            )
           )
           (local.set $t:75
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
           (local.set $t:76
            (i64.add
             (local.get $t:75)
             (i64.extend_i32_u
              (local.get $t:74)
             )
            )
           )
           (if
            (i64.gt_u
             (local.get $t:76)
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
             (local.get $t:76)
            )
           )
           (if
            (i64.gt_u
             (local.get $t:76)
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (global.set $tetra:high_span
              (i64.sub
               (local.get $t:76)
               (global.get $tetra:scratch_start)
              )
             )
            )
           )
           (i32.wrap_i64
            (local.get $t:75)
           )
          )
         )
         (local.set $len.1
          (i32.const 0)
         )
         (local.set $n
          (block (result i32)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $xs)
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
            (local.get $xs)
           )
          )
         )
         (local.set $k
          (i32.const 0)
         )
         (block
          (local.set $t:77
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
          (local.set $t:78
           (i64.sub
            (i64.extend_i32_u
             (local.get $n)
            )
            (i64.const 1)
           )
          )
          (local.set $t:79
           (i64.add
            (i64.add
             (i64.extend_i32_u
              (local.get $xs)
             )
             (i64.mul
              (local.get $t:78)
              (i64.const 8)
             )
            )
            (i64.const 16)
           )
          )
          (local.set $t:80
           (i64.add
            (i64.extend_i32_u
             (local.get $len.1)
            )
            (i64.sub
             (local.get $t:77)
             (i64.const 1)
            )
           )
          )
          (local.set $t:81
           (i64.add
            (i64.add
             (i64.extend_i32_u
              (local.get $list.1)
             )
             (i64.mul
              (local.get $t:80)
              (i64.const 8)
             )
            )
            (i64.const 16)
           )
          )
          (if
           (i32.and
            (i64.lt_u
             (local.get $t:77)
             (local.get $t:fuel)
            )
            (i32.or
             (i64.eqz
              (local.get $t:77)
             )
             (i32.and
              (i64.le_u
               (local.get $t:79)
               (global.get $tetra:arena)
              )
              (i32.and
               (i32.and
                (i64.lt_u
                 (local.get $t:77)
                 (i64.const 4294967296)
                )
                (i64.lt_u
                 (local.get $t:80)
                 (i64.const 4294967296)
                )
               )
               (i64.le_u
                (local.get $t:81)
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
                (local.get $t:77)
                (i64.const 1)
               )
               (i64.const 1)
              )
             )
            )
            (if
             (i64.ne
              (local.get $t:77)
              (i64.const 0)
             )
             (then
              (block
               (local.set $t:82
                (i64.add
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $list.1)
                  )
                  (i64.mul
                   (i64.extend_i32_u
                    (local.get $len.1)
                   )
                   (i64.const 8)
                  )
                 )
                 (i64.const 8)
                )
               )
               (if
                (i64.lt_u
                 (local.get $t:82)
                 (global.get $tetra:scratch_start)
                )
                (then
                 (if
                  (i64.lt_u
                   (local.get $t:82)
                   (global.get $tetra:low_start)
                  )
                  (then
                   (global.set $tetra:low_start
                    (local.get $t:82)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (local.get $t:81)
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:83
                    (i64.add
                     (local.get $t:81)
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (local.get $t:81)
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
                     (local.get $t:83)
                     (i64.gt_u
                      (local.get $t:83)
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
                   (local.get $t:81)
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:83
                    (i64.add
                     (local.get $t:81)
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (local.get $t:81)
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
                      (local.get $t:83)
                      (i64.gt_u
                       (local.get $t:83)
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
            (block $block26:fast
             (loop $each27:fast
              (br_if $block26:fast
               (i32.ge_u
                (local.get $k)
                (local.get $n)
               )
              )
              (local.set $x.1
               (block (result i64)
                (local.set $t:84
                 (i32.add
                  (local.get $xs)
                  (i32.mul
                   (local.get $k)
                   (i32.const 8)
                  )
                 )
                )
                (i64.load offset=8 align=1
                 (local.get $t:84)
                )
               )
              )
              (local.set $w
               (local.get $x.1)
              )
              (block
               (local.set $t:85
                (i32.add
                 (local.get $list.1)
                 (i32.mul
                  (local.get $len.1)
                  (i32.const 8)
                 )
                )
               )
               (local.set $t:86
                (block (result i64)
                 (local.set $t:87
                  (i64.add
                   (local.get $w)
                   (local.get $x)
                  )
                 )
                 (if
                  (i64.lt_s
                   (i64.and
                    (i64.xor
                     (local.get $w)
                     (local.get $t:87)
                    )
                    (i64.xor
                     (local.get $x)
                     (local.get $t:87)
                    )
                   )
                   (i64.const 0)
                  )
                  (then
                   (call $tetra:trap
                    (i32.const 2)
                    (i32.const 17)
                   )
                   (unreachable)
                  )
                 )
                 (local.get $t:87)
                )
               )
               (i64.store offset=8 align=1
                (local.get $t:85)
                (local.get $t:86)
               )
              )
              (local.set $len.1
               (i32.add
                (local.get $len.1)
                (i32.const 1)
               )
              )
              (local.set $k
               (i32.add
                (local.get $k)
                (i32.const 1)
               )
              )
              (br $each27:fast)
             )
            )
           )
           (else
            (block $block26
             (loop $each27
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
              (br_if $block26
               (i32.ge_u
                (local.get $k)
                (local.get $n)
               )
              )
              (local.set $x.1
               (block (result i64)
                (local.set $t:88
                 (i32.add
                  (local.get $xs)
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
                    (local.get $t:88)
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
                 (local.get $t:88)
                )
               )
              )
              (local.set $w
               (local.get $x.1)
              )
              (block
               (local.set $t:89
                (i32.add
                 (local.get $list.1)
                 (i32.mul
                  (local.get $len.1)
                  (i32.const 8)
                 )
                )
               )
               (local.set $t:90
                (block (result i64)
                 (local.set $t:91
                  (i64.add
                   (local.get $w)
                   (local.get $x)
                  )
                 )
                 (if
                  (i64.lt_s
                   (i64.and
                    (i64.xor
                     (local.get $w)
                     (local.get $t:91)
                    )
                    (i64.xor
                     (local.get $x)
                     (local.get $t:91)
                    )
                   )
                   (i64.const 0)
                  )
                  (then
                   (call $tetra:trap
                    (i32.const 2)
                    (i32.const 17)
                   )
                   (unreachable)
                  )
                 )
                 (local.get $t:91)
                )
               )
               (local.set $t:92
                (i64.add
                 (i64.extend_i32_u
                  (local.get $t:89)
                 )
                 (i64.const 8)
                )
               )
               (if
                (i64.gt_u
                 (i64.sub
                  (i64.add
                   (local.get $t:92)
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
                    (local.get $t:92)
                    (global.get $tetra:low_start)
                   )
                   (i64.gt_u
                    (i64.add
                     (local.get $t:92)
                     (i64.const 8)
                    )
                    (global.get $tetra:low_end)
                   )
                  )
                  (then
                   (if
                    (i64.gt_u
                     (i64.add
                      (local.get $t:92)
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
                        (i64.const 8)
                       )
                       (global.get $tetra:low_end)
                      )
                      (then
                       (local.set $t:93
                        (i64.add
                         (i64.add
                          (local.get $t:92)
                          (i64.const 8)
                         )
                         (i64.add
                          (i64.const 64)
                          (i64.shr_u
                           (i64.sub
                            (i64.add
                             (local.get $t:92)
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
                        (i64.const 8)
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
                          (i64.const 8)
                         )
                         (i64.add
                          (i64.const 64)
                          (i64.shr_u
                           (i64.sub
                            (i64.add
                             (local.get $t:92)
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
               (i64.store offset=8 align=1
                (local.get $t:89)
                (local.get $t:90)
               )
              )
              (local.set $len.1
               (i32.add
                (local.get $len.1)
                (i32.const 1)
               )
              )
              (local.set $k
               (i32.add
                (local.get $k)
                (i32.const 1)
               )
              )
              (br $each27)
             )
            )
           )
          )
         )
         (block
          (local.set $t:94
           (i64.extend_i32_u
            (local.get $list.1)
           )
          )
          (if
           (i64.gt_u
            (i64.sub
             (i64.add
              (local.get $t:94)
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
               (local.get $t:94)
               (global.get $tetra:low_start)
              )
              (i64.gt_u
               (i64.add
                (local.get $t:94)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
             )
             (then
              (if
               (i64.gt_u
                (i64.add
                 (local.get $t:94)
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
                (local.get $t:94)
                (global.get $tetra:scratch_start)
               )
               (then
                (if
                 (i64.lt_u
                  (local.get $t:94)
                  (global.get $tetra:low_start)
                 )
                 (then
                  (global.set $tetra:low_start
                   (local.get $t:94)
                  )
                 )
                )
                (if
                 (i64.gt_u
                  (i64.add
                   (local.get $t:94)
                   (i64.const 4)
                  )
                  (global.get $tetra:low_end)
                 )
                 (then
                  (local.set $t:95
                   (i64.add
                    (i64.add
                     (local.get $t:94)
                     (i64.const 4)
                    )
                    (i64.add
                     (i64.const 64)
                     (i64.shr_u
                      (i64.sub
                       (i64.add
                        (local.get $t:94)
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
                    (local.get $t:95)
                    (i64.gt_u
                     (local.get $t:95)
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
                   (local.get $t:94)
                   (i64.const 4)
                  )
                  (i64.add
                   (global.get $tetra:scratch_start)
                   (global.get $tetra:high_span)
                  )
                 )
                 (then
                  (local.set $t:95
                   (i64.add
                    (i64.add
                     (local.get $t:94)
                     (i64.const 4)
                    )
                    (i64.add
                     (i64.const 64)
                     (i64.shr_u
                      (i64.sub
                       (i64.add
                        (local.get $t:94)
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
                     (local.get $t:95)
                     (i64.gt_u
                      (local.get $t:95)
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
      )
      (block
       (local.set $t:96
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
           (local.get $t:96)
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
            (local.get $t:96)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:96)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:96)
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
             (local.get $t:96)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:96)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:96)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:96)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:97
                (i64.add
                 (i64.add
                  (local.get $t:96)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:96)
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
                 (local.get $t:97)
                 (i64.gt_u
                  (local.get $t:97)
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
                (local.get $t:96)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:97
                (i64.add
                 (i64.add
                  (local.get $t:96)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:96)
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
                  (local.get $t:97)
                  (i64.gt_u
                   (local.get $t:97)
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
        (local.get $c)
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
      (local.set $t:98
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
        (local.get $t:98)
       )
      )
      (tuple.extract 2 0
       (local.get $t:98)
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
        (i32.const 4)
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
        (i32.const 4)
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

 (func $where.a.base (param $frame i32) (param $t:depth i32) (param $t:fuel i64) (result i64)
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
  (local $t:13 i64)
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
      (i64.const 24)
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
    (i32.store8 offset=24
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
       (block (result i64)
        (if
         (i64.gt_u
          (i64.add
           (i64.extend_i32_u
            (local.get $frame)
           )
           (i64.const 40)
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
        (i64.load offset=32 align=1
         (local.get $frame)
        )
       )
      )
      (local.set $t:8
       (block (result i64)
        (if
         (i64.gt_u
          (i64.add
           (i64.extend_i32_u
            (local.get $frame)
           )
           (i64.const 48)
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
        (i64.load offset=40 align=1
         (local.get $frame)
        )
       )
      )
      (local.set $t:9
       (i64.add
        (local.get $t:7)
        (local.get $t:8)
       )
      )
      (if
       (i64.lt_s
        (i64.and
         (i64.xor
          (local.get $t:7)
          (local.get $t:9)
         )
         (i64.xor
          (local.get $t:8)
          (local.get $t:9)
         )
        )
        (i64.const 0)
       )
       (then
        (call $tetra:trap
         (i32.const 2)
         (i32.const 9)
        )
        (unreachable)
       )
      )
      (local.get $t:9)
     )
    )
    (local.set $t:10
     (i64.add
      (i64.extend_i32_u
       (local.get $t:5)
      )
      (i64.const 8)
     )
    )
    (if
     (i64.gt_u
      (i64.sub
       (i64.add
        (local.get $t:10)
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
         (local.get $t:10)
         (global.get $tetra:low_start)
        )
        (i64.gt_u
         (i64.add
          (local.get $t:10)
          (i64.const 8)
         )
         (global.get $tetra:low_end)
        )
       )
       (then
        (if
         (i64.gt_u
          (i64.add
           (local.get $t:10)
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
          (local.get $t:10)
          (global.get $tetra:scratch_start)
         )
         (then
          (if
           (i64.lt_u
            (local.get $t:10)
            (global.get $tetra:low_start)
           )
           (then
            (global.set $tetra:low_start
             (local.get $t:10)
            )
           )
          )
          (if
           (i64.gt_u
            (i64.add
             (local.get $t:10)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
           (then
            (local.set $t:11
             (i64.add
              (i64.add
               (local.get $t:10)
               (i64.const 8)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:10)
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
              (local.get $t:11)
              (i64.gt_u
               (local.get $t:11)
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
             (local.get $t:10)
             (i64.const 8)
            )
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (local.set $t:11
             (i64.add
              (i64.add
               (local.get $t:10)
               (i64.const 8)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:10)
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
               (local.get $t:11)
               (i64.gt_u
                (local.get $t:11)
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
     (local.get $t:5)
     (local.get $t:6)
    )
   )
   (block
    (local.set $t:12
     (i64.add
      (i64.extend_i32_u
       (local.get $frame)
      )
      (i64.const 24)
     )
    )
    (if
     (i64.gt_u
      (i64.sub
       (i64.add
        (local.get $t:12)
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
         (local.get $t:12)
         (global.get $tetra:low_start)
        )
        (i64.gt_u
         (i64.add
          (local.get $t:12)
          (i64.const 1)
         )
         (global.get $tetra:low_end)
        )
       )
       (then
        (if
         (i64.gt_u
          (i64.add
           (local.get $t:12)
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
          (local.get $t:12)
          (global.get $tetra:scratch_start)
         )
         (then
          (if
           (i64.lt_u
            (local.get $t:12)
            (global.get $tetra:low_start)
           )
           (then
            (global.set $tetra:low_start
             (local.get $t:12)
            )
           )
          )
          (if
           (i64.gt_u
            (i64.add
             (local.get $t:12)
             (i64.const 1)
            )
            (global.get $tetra:low_end)
           )
           (then
            (local.set $t:13
             (i64.add
              (i64.add
               (local.get $t:12)
               (i64.const 1)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:12)
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
              (local.get $t:13)
              (i64.gt_u
               (local.get $t:13)
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
             (local.get $t:12)
             (i64.const 1)
            )
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (local.set $t:13
             (i64.add
              (i64.add
               (local.get $t:12)
               (i64.const 1)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:12)
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
               (local.get $t:13)
               (i64.gt_u
                (local.get $t:13)
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
    (i32.store8 offset=24
     (local.get $frame)
     (i32.const 2)
    )
   )
  )
  (local.get $t:fuel)
 )

 (func $where.a.extra (param $frame i32) (param $t:depth i32) (param $t:fuel i64) (result i64)
  (local $t:3 i64)
  (local $t:4 i64)
  (local $t:5 i32)
  (local $t:6 i64)
  (local $t:7 (tuple i64 i64))
  (local $t:8 i64)
  (local $t:9 i64)
  (local $t:10 i64)
  (local $t:11 i64)
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
      (i64.const 25)
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
    (i32.store8 offset=25
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
       (call $fn.a.extra.sq
        (i32.const 0)
        (block (result i64)
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $frame)
            )
            (i64.const 48)
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
         (i64.load offset=40 align=1
          (local.get $frame)
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
            (i32.const 18)
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
    (local.set $t:8
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
        (local.get $t:8)
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
         (local.get $t:8)
         (global.get $tetra:low_start)
        )
        (i64.gt_u
         (i64.add
          (local.get $t:8)
          (i64.const 8)
         )
         (global.get $tetra:low_end)
        )
       )
       (then
        (if
         (i64.gt_u
          (i64.add
           (local.get $t:8)
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
          (local.get $t:8)
          (global.get $tetra:scratch_start)
         )
         (then
          (if
           (i64.lt_u
            (local.get $t:8)
            (global.get $tetra:low_start)
           )
           (then
            (global.set $tetra:low_start
             (local.get $t:8)
            )
           )
          )
          (if
           (i64.gt_u
            (i64.add
             (local.get $t:8)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
           (then
            (local.set $t:9
             (i64.add
              (i64.add
               (local.get $t:8)
               (i64.const 8)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:8)
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
              (local.get $t:9)
              (i64.gt_u
               (local.get $t:9)
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
             (local.get $t:8)
             (i64.const 8)
            )
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (local.set $t:9
             (i64.add
              (i64.add
               (local.get $t:8)
               (i64.const 8)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:8)
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
               (local.get $t:9)
               (i64.gt_u
                (local.get $t:9)
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
    (local.set $t:10
     (i64.add
      (i64.extend_i32_u
       (local.get $frame)
      )
      (i64.const 25)
     )
    )
    (if
     (i64.gt_u
      (i64.sub
       (i64.add
        (local.get $t:10)
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
         (local.get $t:10)
         (global.get $tetra:low_start)
        )
        (i64.gt_u
         (i64.add
          (local.get $t:10)
          (i64.const 1)
         )
         (global.get $tetra:low_end)
        )
       )
       (then
        (if
         (i64.gt_u
          (i64.add
           (local.get $t:10)
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
          (local.get $t:10)
          (global.get $tetra:scratch_start)
         )
         (then
          (if
           (i64.lt_u
            (local.get $t:10)
            (global.get $tetra:low_start)
           )
           (then
            (global.set $tetra:low_start
             (local.get $t:10)
            )
           )
          )
          (if
           (i64.gt_u
            (i64.add
             (local.get $t:10)
             (i64.const 1)
            )
            (global.get $tetra:low_end)
           )
           (then
            (local.set $t:11
             (i64.add
              (i64.add
               (local.get $t:10)
               (i64.const 1)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:10)
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
              (local.get $t:11)
              (i64.gt_u
               (local.get $t:11)
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
             (local.get $t:10)
             (i64.const 1)
            )
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (local.set $t:11
             (i64.add
              (i64.add
               (local.get $t:10)
               (i64.const 1)
              )
              (i64.add
               (i64.const 64)
               (i64.shr_u
                (i64.sub
                 (i64.add
                  (local.get $t:10)
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
               (local.get $t:11)
               (i64.gt_u
                (local.get $t:11)
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
    (i32.store8 offset=25
     (local.get $frame)
     (i32.const 2)
    )
   )
  )
  (local.get $t:fuel)
 )

 (func $fn.a.extra.sq (param $env i32) (param $v i64) (param $t:depth i32) (param $t:fuel i64) (result i64 i64)
  (local $t:4 i64)
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
      (i64.mul
       (local.get $v)
       (local.get $v)
      )
     )
     (if
      (i32.eqz
       (i32.and
        (i64.eq
         (i64.extend_i32_s
          (i32.wrap_i64
           (local.get $v)
          )
         )
         (local.get $v)
        )
        (i64.eq
         (i64.extend_i32_s
          (i32.wrap_i64
           (local.get $v)
          )
         )
         (local.get $v)
        )
       )
      )
      (then
       (if
        (i64.eq
         (local.get $v)
         (i64.const -1)
        )
        (then
         (if
          (i64.eq
           (local.get $v)
           (i64.const -9223372036854775808)
          )
          (then
           (call $tetra:trap
            (i32.const 2)
            (i32.const 19)
           )
           (unreachable)
          )
         )
        )
        (else
         (if
          (i64.ne
           (local.get $v)
           (i64.const 0)
          )
          (then
           (if
            (i64.ne
             (i64.div_s
              (local.get $t:4)
              (local.get $v)
             )
             (local.get $v)
            )
            (then
             (call $tetra:trap
              (i32.const 2)
              (i32.const 19)
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
     (local.get $t:4)
    )
   )
   (local.get $t:fuel)
  )
 )
