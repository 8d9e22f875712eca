;; From libs/driver/testdata/emit-golden/float-math.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
;; `tetra emit wat libs/driver/testdata/emit-golden/float-math.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
;; (all but the rt.* runtime and the codec.* JSON codec), in module order.
;; Defined functions (41):
;;   $tetra:trap
;;   $codec.hex4
;;   $rt.utf8_valid
;;   $codec.str_check
;;   $codec.num_end
;;   $codec.json_valid
;;   $codec.str_end
;;   $codec.str_unescape
;;   $rt.parse_eisel_lemire
;;   $rt.decimal_shr
;;   $rt.decimal_shl
;;   $rt.decimal_round
;;   $rt.parse_float_slow
;;   $rt.parse_float
;;   $codec.dec.float.0
;;   $codec.skip
;;   $codec.dec.list.1
;;   $main.args
;;   $rt.fmod
;;   $rt.pow_positive
;;   $rt.pow
;;   $rt.mul_shift_64
;;   $rt.pow5_factor_at_least
;;   $rt.u64_digits
;;   $rt.u64_write_back
;;   $rt.f64_shortest
;;   $rt.float_json_write
;;   $codec.write_float
;;   $codec.enc.float.2
;;   $codec.enc.list.1
;;   $rt.int_write
;;   $codec.write_int
;;   $codec.enc.int.4
;;   $codec.enc.list.3
;;   $codec.enc.record.0
;;   $codec.nonfinite.float.1
;;   $codec.nonfinite.list.2
;;   $codec.nonfinite.record.0
;;   $main
;;   $tetra:prepare
;;   $tetra:run
;; The program's 2 function(s):

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
  (local $arg2_cell i32)
  (local $arg0_state i32)
  (local $arg1_state i32)
  (local $arg2_state i32)
  (local $ws i32)
  (local $kr i32)
  (local $kq i32)
  (local $arg f64)
  (local $arg.1 f64)
  (local $arg.2 i32)
  (local $args_out i32)
  (local $t:26 (tuple i32 i64))
  (local $t:27 i64)
  (local $t:28 i64)
  (local $t:29 i64)
  (local $t:30 i64)
  (local $t:31 i64)
  (local $t:32 i64)
  (local $t:33 (tuple i32 i64))
  (local $t:34 i32)
  (local $t:35 i64)
  (local $t:36 i64)
  (local $t:37 (tuple i32 i64))
  (local $t:38 (tuple i32 i64))
  (local $t:39 (tuple i32 i64))
  (local $t:40 (tuple i32 i64))
  (local $t:41 (tuple i32 i64))
  (local $t:42 (tuple i32 i64))
  (local $t:43 (tuple i32 i64))
  (local $t:44 (tuple i32 i64))
  (local $t:45 i64)
  (local $t:46 i64)
  (local $t:47 i64)
  (local $t:48 i64)
  (local $t:49 i64)
  (local $t:50 i64)
  (local $t:51 i64)
  (local $t:52 i64)
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
       (local.set $t:26
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
         (local.get $t:26)
        )
       )
       (tuple.extract 2 0
        (local.get $t:26)
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
         (i32.const 8)
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
         (i32.const 0)
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
    (local.set $arg1_cell
     (block (result i32)
      (local.set $t:29
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
      (local.set $t:30
       (i64.add
        (local.get $t:29)
        (i64.extend_i32_u
         (i32.const 8)
        )
       )
      )
      (if
       (i64.gt_u
        (local.get $t:30)
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
        (local.get $t:30)
       )
      )
      (if
       (i64.gt_u
        (local.get $t:30)
        (i64.add
         (global.get $tetra:scratch_start)
         (global.get $tetra:high_span)
        )
       )
       (then
        (global.set $tetra:high_span
         (i64.sub
          (local.get $t:30)
          (global.get $tetra:scratch_start)
         )
        )
       )
      )
      (i32.wrap_i64
       (local.get $t:29)
      )
     )
    )
    (local.set $arg2_cell
     (block (result i32)
      (local.set $t:31
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
      (local.set $t:32
       (i64.add
        (local.get $t:31)
        (i64.extend_i32_u
         (i32.const 4)
        )
       )
      )
      (if
       (i64.gt_u
        (local.get $t:32)
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
        (local.get $t:32)
       )
      )
      (if
       (i64.gt_u
        (local.get $t:32)
        (i64.add
         (global.get $tetra:scratch_start)
         (global.get $tetra:high_span)
        )
       )
       (then
        (global.set $tetra:high_span
         (i64.sub
          (local.get $t:32)
          (global.get $tetra:scratch_start)
         )
        )
       )
      )
      (i32.wrap_i64
       (local.get $t:31)
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
         (local.set $t:33
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
           (local.get $t:33)
          )
         )
         (tuple.extract 2 0
          (local.get $t:33)
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
           (local.set $t:34
            (i32.sub
             (i32.sub
              (local.get $kq)
              (local.get $args_pos)
             )
             (i32.const 1)
            )
           )
           (local.set $t:35
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
           (local.set $t:36
            (i64.add
             (local.get $t:35)
             (i64.extend_i32_u
              (local.get $t:34)
             )
            )
           )
           (if
            (i64.gt_u
             (local.get $t:36)
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
             (local.get $t:36)
            )
           )
           (if
            (i64.gt_u
             (local.get $t:36)
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (global.set $tetra:high_span
              (i64.sub
               (local.get $t:36)
               (global.get $tetra:scratch_start)
              )
             )
            )
           )
           (i32.wrap_i64
            (local.get $t:35)
           )
          )
         )
         (local.set $args_klen
          (i32.sub
           (block (result i32)
            (local.set $t:37
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
              (local.get $t:37)
             )
            )
            (tuple.extract 2 0
             (local.get $t:37)
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
              (i32.const 2)
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
           (block $case14
            (br_table $case14 $case13 $case12 $default11
             (local.get $args_c)
            )
           )
           (local.set $args_r
            (block (result i32)
             (local.set $t:38
              (call $codec.dec.float.0
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
               (local.get $t:38)
              )
             )
             (tuple.extract 2 0
              (local.get $t:38)
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
               (local.set $t:39
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
                 (local.get $t:39)
                )
               )
               (tuple.extract 2 0
                (local.get $t:39)
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
            (local.set $t:40
             (call $codec.dec.float.0
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
              (local.get $t:40)
             )
            )
            (tuple.extract 2 0
             (local.get $t:40)
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
              (local.set $t:41
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
                (local.get $t:41)
               )
              )
              (tuple.extract 2 0
               (local.get $t:41)
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
         (local.set $args_r
          (block (result i32)
           (local.set $t:42
            (call $codec.dec.list.1
             (local.get $args_pos)
             (local.get $args_end)
             (local.get $arg2_cell)
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
             (local.get $t:42)
            )
           )
           (tuple.extract 2 0
            (local.get $t:42)
           )
          )
         )
         (if
          (i32.lt_s
           (local.get $args_r)
           (i32.const 0)
          )
          (then
           (local.set $arg2_state
            (i32.const 2)
           )
           (global.set $tetra:scratch_ptr
            (local.get $args_mark)
           )
           (local.set $args_pos
            (block (result i32)
             (local.set $t:43
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
               (local.get $t:43)
              )
             )
             (tuple.extract 2 0
              (local.get $t:43)
             )
            )
           )
          )
          (else
           (local.set $arg2_state
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
          (local.set $t:44
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
            (local.get $t:44)
           )
          )
          (tuple.extract 2 0
           (local.get $t:44)
          )
         )
        )
       )
       (block $ws_done15
        (loop $ws16
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
         (br_if $ws_done15
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
         (br_if $ws_done15
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
         (br $ws16)
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
         (block $ws_done17
          (loop $ws18
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
           (br_if $ws_done17
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
           (br_if $ws_done17
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
           (br $ws18)
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
     (block (result f64)
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
      (f64.load align=1
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
     (block (result f64)
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
      (f64.load align=1
       (local.get $arg1_cell)
      )
     )
    )
    (if
     (i32.eqz
      (local.get $arg2_state)
     )
     (then
      (block
       (call $tetra:trap
        (i32.const 9)
        (i32.const 4)
       )
       (unreachable)
      )
     )
    )
    (if
     (i32.eq
      (local.get $arg2_state)
      (i32.const 2)
     )
     (then
      (block
       (call $tetra:trap
        (i32.const 11)
        (i32.const 4)
       )
       (unreachable)
      )
     )
    )
    (local.set $arg.2
     (block (result i32)
      (if
       (i64.gt_u
        (i64.add
         (i64.extend_i32_u
          (local.get $arg2_cell)
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
       (local.get $arg2_cell)
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
      (local.set $t:45
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
      (local.set $t:46
       (i64.add
        (local.get $t:45)
        (i64.extend_i32_u
         (i32.const 24)
        )
       )
      )
      (if
       (i64.gt_u
        (local.get $t:46)
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
        (local.get $t:46)
       )
      )
      (if
       (i64.gt_u
        (local.get $t:46)
        (i64.add
         (global.get $tetra:scratch_start)
         (global.get $tetra:high_span)
        )
       )
       (then
        (global.set $tetra:high_span
         (i64.sub
          (local.get $t:46)
          (global.get $tetra:scratch_start)
         )
        )
       )
      )
      (i32.wrap_i64
       (local.get $t:45)
      )
     )
    )
    (block
     (local.set $t:47
      (i64.extend_i32_u
       (local.get $args_out)
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
     (i64.store align=1
      (local.get $args_out)
      (select
       (i64.const 9221120237041090560)
       (i64.reinterpret_f64
        (local.get $arg)
       )
       (f64.ne
        (local.get $arg)
        (local.get $arg)
       )
      )
     )
    )
    (block
     (local.set $t:49
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
         (local.get $t:49)
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
          (local.get $t:49)
          (global.get $tetra:low_start)
         )
         (i64.gt_u
          (i64.add
           (local.get $t:49)
           (i64.const 8)
          )
          (global.get $tetra:low_end)
         )
        )
        (then
         (if
          (i64.gt_u
           (i64.add
            (local.get $t:49)
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
           (local.get $t:49)
           (global.get $tetra:scratch_start)
          )
          (then
           (if
            (i64.lt_u
             (local.get $t:49)
             (global.get $tetra:low_start)
            )
            (then
             (global.set $tetra:low_start
              (local.get $t:49)
             )
            )
           )
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:49)
              (i64.const 8)
             )
             (global.get $tetra:low_end)
            )
            (then
             (local.set $t:50
              (i64.add
               (i64.add
                (local.get $t:49)
                (i64.const 8)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:49)
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
               (local.get $t:50)
               (i64.gt_u
                (local.get $t:50)
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
              (local.get $t:49)
              (i64.const 8)
             )
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (local.set $t:50
              (i64.add
               (i64.add
                (local.get $t:49)
                (i64.const 8)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:49)
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
                (local.get $t:50)
                (i64.gt_u
                 (local.get $t:50)
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
      (select
       (i64.const 9221120237041090560)
       (i64.reinterpret_f64
        (local.get $arg.1)
       )
       (f64.ne
        (local.get $arg.1)
        (local.get $arg.1)
       )
      )
     )
    )
    (block
     (local.set $t:51
      (i64.add
       (i64.extend_i32_u
        (local.get $args_out)
       )
       (i64.const 16)
      )
     )
     (if
      (i64.gt_u
       (i64.sub
        (i64.add
         (local.get $t:51)
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
          (local.get $t:51)
          (global.get $tetra:low_start)
         )
         (i64.gt_u
          (i64.add
           (local.get $t:51)
           (i64.const 4)
          )
          (global.get $tetra:low_end)
         )
        )
        (then
         (if
          (i64.gt_u
           (i64.add
            (local.get $t:51)
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
              (i64.const 4)
             )
             (global.get $tetra:low_end)
            )
            (then
             (local.set $t:52
              (i64.add
               (i64.add
                (local.get $t:51)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:51)
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
              (i64.const 4)
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
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:51)
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
     (i32.store offset=16 align=1
      (local.get $args_out)
      (local.get $arg.2)
     )
    )
    (local.get $args_out)
   )
   (local.get $t:fuel)
  )
 )

 (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $args i32)
  (local $x f64)
  (local $y f64)
  (local $xs i32)
  (local $dict i32)
  (local $sum f64)
  (local $diff f64)
  (local $prod f64)
  (local $quot f64)
  (local $x.1 f64)
  (local $y.1 f64)
  (local $rem f64)
  (local $root f64)
  (local $power f64)
  (local $item i64)
  (local $item.1 i64)
  (local $item.2 i64)
  (local $item.3 i64)
  (local $size i64)
  (local $list i32)
  (local $len i32)
  (local $rounded i32)
  (local $a f64)
  (local $b f64)
  (local $item.4 f64)
  (local $a.1 f64)
  (local $b.1 f64)
  (local $item.5 f64)
  (local $v f64)
  (local $lo f64)
  (local $hi f64)
  (local $item.6 f64)
  (local $item.7 f64)
  (local $size.1 i64)
  (local $list.1 i32)
  (local $len.1 i32)
  (local $bounds i32)
  (local $mixed f64)
  (local $xs.1 i32)
  (local $sum.1 f64)
  (local $n i32)
  (local $k i32)
  (local $x.2 f64)
  (local $total f64)
  (local $xs.2 i32)
  (local $sum.2 f64)
  (local $n.1 i32)
  (local $k.1 i32)
  (local $x.3 f64)
  (local $xs.3 i32)
  (local $mean f64)
  (local $xs.4 i32)
  (local $best f64)
  (local $first i32)
  (local $n.2 i32)
  (local $k.2 i32)
  (local $x.4 f64)
  (local $x.5 f64)
  (local $largest f64)
  (local $result i32)
  (local $json_start i32)
  (local $json_end i32)
  (local $result.1 i32)
  (local $t:69 (tuple i32 i64))
  (local $t:70 i64)
  (local $t:71 i64)
  (local $t:72 i64)
  (local $t:73 i64)
  (local $t:74 i64)
  (local $t:75 i64)
  (local $t:76 i64)
  (local $t:77 i64)
  (local $t:78 i64)
  (local $t:79 i64)
  (local $t:80 (tuple f64 i64))
  (local $t:81 i64)
  (local $t:82 i64)
  (local $t:83 i64)
  (local $t:84 i64)
  (local $t:85 (tuple f64 i64))
  (local $t:86 i64)
  (local $t:87 i64)
  (local $t:88 i32)
  (local $t:89 i64)
  (local $t:90 i64)
  (local $t:91 i32)
  (local $t:92 i64)
  (local $t:93 i64)
  (local $t:94 i32)
  (local $t:95 i64)
  (local $t:96 i64)
  (local $t:97 i32)
  (local $t:98 i64)
  (local $t:99 i64)
  (local $t:100 i32)
  (local $t:101 i64)
  (local $t:102 i64)
  (local $t:103 i64)
  (local $t:104 i64)
  (local $t:105 i64)
  (local $t:106 i64)
  (local $t:107 i32)
  (local $t:108 i64)
  (local $t:109 i64)
  (local $t:110 i32)
  (local $t:111 i64)
  (local $t:112 i64)
  (local $t:113 i32)
  (local $t:114 i64)
  (local $t:115 i64)
  (local $t:116 i32)
  (local $t:117 i64)
  (local $t:118 i64)
  (local $t:119 i32)
  (local $t:120 i64)
  (local $t:121 i64)
  (local $t:122 i64)
  (local $t:123 i64)
  (local $t:124 i64)
  (local $t:125 i64)
  (local $t:126 i64)
  (local $t:127 i64)
  (local $t:128 i64)
  (local $t:129 i64)
  (local $t:130 i64)
  (local $t:131 i32)
  (local $t:132 i32)
  (local $t:133 i64)
  (local $t:134 i64)
  (local $t:135 f64)
  (local $t:136 i64)
  (local $t:137 i64)
  (local $t:138 i64)
  (local $t:139 i32)
  (local $t:140 i32)
  (local $t:141 f64)
  (local $t:142 i64)
  (local $t:143 i64)
  (local $t:144 i64)
  (local $t:145 i64)
  (local $t:146 i64)
  (local $t:147 i32)
  (local $t:148 i32)
  (local $t:149 i64)
  (local $t:150 i64)
  (local $t:151 (tuple i32 i64))
  (local $t:152 (tuple i32 i64))
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
      (local.set $t:69
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
        (local.get $t:69)
       )
      )
      (tuple.extract 2 0
       (local.get $t:69)
      )
     )
    )
    (local.set $x
     (block (result f64)
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
      (f64.load align=1
       (local.get $args)
      )
     )
    )
    (local.set $y
     (block (result f64)
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
      (f64.load offset=8 align=1
       (local.get $args)
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
         (i64.const 20)
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
      (i32.load offset=16 align=1
       (local.get $args)
      )
     )
    )
    (local.set $result
     (block $e0 (result i32)
      (local.set $dict
       (block (result i32)
        (local.set $t:70
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
        (local.set $t:71
         (i64.add
          (local.get $t:70)
          (i64.extend_i32_u
           (i32.const 96)
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
           (i32.const 5)
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
      (local.set $sum
       (f64.add
        (local.get $x)
        (local.get $y)
       )
      )
      (block
       (local.set $t:72
        (i64.extend_i32_u
         (local.get $dict)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:72)
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
            (local.get $t:72)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:72)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:72)
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
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:73
                (i64.add
                 (i64.add
                  (local.get $t:72)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:72)
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
                (i64.const 8)
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
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:72)
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
       (i64.store align=1
        (local.get $dict)
        (select
         (i64.const 9221120237041090560)
         (i64.reinterpret_f64
          (local.get $sum)
         )
         (f64.ne
          (local.get $sum)
          (local.get $sum)
         )
        )
       )
      )
      (local.set $diff
       (f64.sub
        (local.get $x)
        (local.get $y)
       )
      )
      (block
       (local.set $t:74
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
           (local.get $t:74)
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
            (local.get $t:74)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:74)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:74)
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
               (i64.add
                (local.get $t:74)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:75
                (i64.add
                 (i64.add
                  (local.get $t:74)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:74)
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
               (i64.add
                (local.get $t:74)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:75
                (i64.add
                 (i64.add
                  (local.get $t:74)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:74)
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
       )
       (i64.store offset=8 align=1
        (local.get $dict)
        (select
         (i64.const 9221120237041090560)
         (i64.reinterpret_f64
          (local.get $diff)
         )
         (f64.ne
          (local.get $diff)
          (local.get $diff)
         )
        )
       )
      )
      (local.set $prod
       (f64.mul
        (local.get $x)
        (local.get $y)
       )
      )
      (block
       (local.set $t:76
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
           (local.get $t:76)
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
            (local.get $t:76)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:76)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:76)
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
             (local.get $t:76)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:76)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:76)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:76)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:77
                (i64.add
                 (i64.add
                  (local.get $t:76)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:76)
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
                 (local.get $t:77)
                 (i64.gt_u
                  (local.get $t:77)
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
                (local.get $t:76)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:77
                (i64.add
                 (i64.add
                  (local.get $t:76)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:76)
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
                  (local.get $t:77)
                  (i64.gt_u
                   (local.get $t:77)
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
        (local.get $dict)
        (select
         (i64.const 9221120237041090560)
         (i64.reinterpret_f64
          (local.get $prod)
         )
         (f64.ne
          (local.get $prod)
          (local.get $prod)
         )
        )
       )
      )
      (local.set $quot
       (block (result f64)
        (if
         (f64.eq
          (local.get $y)
          (f64.const 0)
         )
         (then
          (call $tetra:trap
           (i32.const 1)
           (i32.const 9)
          )
          (unreachable)
         )
        )
        (f64.div
         (local.get $x)
         (local.get $y)
        )
       )
      )
      (block
       (local.set $t:78
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
           (local.get $t:78)
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
            (local.get $t:78)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:78)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:78)
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
             (local.get $t:78)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:78)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:78)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:78)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:79
                (i64.add
                 (i64.add
                  (local.get $t:78)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:78)
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
                 (local.get $t:79)
                 (i64.gt_u
                  (local.get $t:79)
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
                (local.get $t:78)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:79
                (i64.add
                 (i64.add
                  (local.get $t:78)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:78)
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
                  (local.get $t:79)
                  (i64.gt_u
                   (local.get $t:79)
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
       (i64.store offset=24 align=1
        (local.get $dict)
        (select
         (i64.const 9221120237041090560)
         (i64.reinterpret_f64
          (local.get $quot)
         )
         (f64.ne
          (local.get $quot)
          (local.get $quot)
         )
        )
       )
      )
      (local.set $rem
       (block $e13 (result f64)
        (local.set $x.1
         (local.get $x)
        )
        (local.set $y.1
         (local.get $y)
        )
        (if
         (f64.eq
          (local.get $y.1)
          (f64.const 0)
         )
         (then
          (block
           (call $tetra:trap
            (i32.const 1)
            (i32.const 10)
           )
           (unreachable)
          )
         )
        )
        (block (result f64)
         (local.set $t:80
          (call $rt.fmod
           (local.get $x.1)
           (local.get $y.1)
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
         (local.set $t:fuel
          (tuple.extract 2 1
           (local.get $t:80)
          )
         )
         (tuple.extract 2 0
          (local.get $t:80)
         )
        )
       )
      )
      (block
       (local.set $t:81
        (i64.add
         (i64.extend_i32_u
          (local.get $dict)
         )
         (i64.const 32)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:81)
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
            (local.get $t:81)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:81)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:81)
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
             (local.get $t:81)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:81)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:81)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:81)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:82
                (i64.add
                 (i64.add
                  (local.get $t:81)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:81)
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
                 (local.get $t:82)
                 (i64.gt_u
                  (local.get $t:82)
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
                (local.get $t:81)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:82
                (i64.add
                 (i64.add
                  (local.get $t:81)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:81)
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
                  (local.get $t:82)
                  (i64.gt_u
                   (local.get $t:82)
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
        (local.get $dict)
        (select
         (i64.const 9221120237041090560)
         (i64.reinterpret_f64
          (local.get $rem)
         )
         (f64.ne
          (local.get $rem)
          (local.get $rem)
         )
        )
       )
      )
      (local.set $root
       (f64.sqrt
        (local.get $x)
       )
      )
      (block
       (local.set $t:83
        (i64.add
         (i64.extend_i32_u
          (local.get $dict)
         )
         (i64.const 40)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:83)
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
            (local.get $t:83)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:83)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:83)
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
             (local.get $t:83)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:83)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:83)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:83)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:84
                (i64.add
                 (i64.add
                  (local.get $t:83)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:83)
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
                 (local.get $t:84)
                 (i64.gt_u
                  (local.get $t:84)
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
                (local.get $t:83)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:84
                (i64.add
                 (i64.add
                  (local.get $t:83)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:83)
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
                  (local.get $t:84)
                  (i64.gt_u
                   (local.get $t:84)
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
        (local.get $dict)
        (select
         (i64.const 9221120237041090560)
         (i64.reinterpret_f64
          (local.get $root)
         )
         (f64.ne
          (local.get $root)
          (local.get $root)
         )
        )
       )
      )
      (local.set $power
       (block (result f64)
        (local.set $t:85
         (call $rt.pow
          (local.get $x)
          (f64.const 2)
          (block (result i32)
           (if
            (i32.ge_u
             (local.get $t:depth)
             (i32.const 1000)
            )
            (then
             (call $tetra:trap
              (i32.const 15)
              (i32.const 12)
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
          (local.get $t:85)
         )
        )
        (tuple.extract 2 0
         (local.get $t:85)
        )
       )
      )
      (block
       (local.set $t:86
        (i64.add
         (i64.extend_i32_u
          (local.get $dict)
         )
         (i64.const 48)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:86)
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
            (local.get $t:86)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:86)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:86)
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
             (local.get $t:86)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:86)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:86)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:86)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:87
                (i64.add
                 (i64.add
                  (local.get $t:86)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:86)
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
                 (local.get $t:87)
                 (i64.gt_u
                  (local.get $t:87)
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
                (local.get $t:86)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:87
                (i64.add
                 (i64.add
                  (local.get $t:86)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:86)
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
                  (local.get $t:87)
                  (i64.gt_u
                   (local.get $t:87)
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
       (i64.store offset=48 align=1
        (local.get $dict)
        (select
         (i64.const 9221120237041090560)
         (i64.reinterpret_f64
          (local.get $power)
         )
         (f64.ne
          (local.get $power)
          (local.get $power)
         )
        )
       )
      )
      (local.set $rounded
       (block $e21 (result i32)
        (local.set $item
         (i64.trunc_sat_f64_s
          (f64.floor
           (local.get $x)
          )
         )
        )
        (local.set $item.1
         (i64.trunc_sat_f64_s
          (f64.ceil
           (local.get $x)
          )
         )
        )
        (local.set $item.2
         (i64.trunc_sat_f64_s
          (f64.nearest
           (local.get $x)
          )
         )
        )
        (local.set $item.3
         (i64.const -2)
        )
        (local.set $size
         (i64.const 40)
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
            (i32.const 13)
           )
           (unreachable)
          )
         )
        )
        (local.set $list
         (block (result i32)
          (local.set $t:88
           (i32.wrap_i64
            (local.get $size)
           )
          )
          (local.set $t:89
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
          (local.set $t:90
           (i64.add
            (local.get $t:89)
            (i64.extend_i32_u
             (local.get $t:88)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:90)
            (i64.extend_i32_u
             (global.get $tetra:scratch_end)
            )
           )
           (then
            (call $tetra:trap
             (i32.const 15)
             (i32.const 13)
            )
            (unreachable)
           )
          )
          (global.set $tetra:scratch_ptr
           (i32.wrap_i64
            (local.get $t:90)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:90)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:90)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:89)
          )
         )
        )
        (local.set $len
         (i32.const 0)
        )
        (block
         (local.set $t:91
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
         (local.set $t:92
          (i64.extend_i32_u
           (local.get $t:91)
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
         (i64.store align=1
          (local.get $t:91)
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
         (local.set $t:94
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
         (local.set $t:95
          (i64.extend_i32_u
           (local.get $t:94)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:95)
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
              (local.get $t:95)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:95)
               (i64.const 8)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:95)
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
               (local.get $t:95)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:95)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:95)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:95)
                  (i64.const 8)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:96
                  (i64.add
                   (i64.add
                    (local.get $t:95)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:95)
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
                   (local.get $t:96)
                   (i64.gt_u
                    (local.get $t:96)
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
                  (local.get $t:95)
                  (i64.const 8)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:96
                  (i64.add
                   (i64.add
                    (local.get $t:95)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:95)
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
                    (local.get $t:96)
                    (i64.gt_u
                     (local.get $t:96)
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
          (local.get $t:94)
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
         (local.set $t:97
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
         (local.set $t:98
          (i64.extend_i32_u
           (local.get $t:97)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:98)
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
              (local.get $t:98)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:98)
               (i64.const 8)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:98)
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
               (local.get $t:98)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:98)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:98)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:98)
                  (i64.const 8)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:99
                  (i64.add
                   (i64.add
                    (local.get $t:98)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:98)
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
                   (local.get $t:99)
                   (i64.gt_u
                    (local.get $t:99)
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
                  (local.get $t:98)
                  (i64.const 8)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:99
                  (i64.add
                   (i64.add
                    (local.get $t:98)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:98)
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
                    (local.get $t:99)
                    (i64.gt_u
                     (local.get $t:99)
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
          (local.get $t:97)
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
         (local.set $t:100
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
         (local.set $t:101
          (i64.extend_i32_u
           (local.get $t:100)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:101)
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
              (local.get $t:101)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:101)
               (i64.const 8)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:101)
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
               (local.get $t:101)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:101)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:101)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:101)
                  (i64.const 8)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:102
                  (i64.add
                   (i64.add
                    (local.get $t:101)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:101)
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
                   (local.get $t:102)
                   (i64.gt_u
                    (local.get $t:102)
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
                  (local.get $t:101)
                  (i64.const 8)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:102
                  (i64.add
                   (i64.add
                    (local.get $t:101)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:101)
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
                    (local.get $t:102)
                    (i64.gt_u
                     (local.get $t:102)
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
          (local.get $t:100)
          (local.get $item.3)
         )
        )
        (local.set $len
         (i32.add
          (local.get $len)
          (i32.const 1)
         )
        )
        (block
         (local.set $t:103
          (i64.extend_i32_u
           (local.get $list)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:103)
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
              (local.get $t:103)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:103)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:103)
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
               (local.get $t:103)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:103)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:103)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:103)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:104
                  (i64.add
                   (i64.add
                    (local.get $t:103)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:103)
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
                   (local.get $t:104)
                   (i64.gt_u
                    (local.get $t:104)
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
                  (local.get $t:103)
                  (i64.const 4)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:104
                  (i64.add
                   (i64.add
                    (local.get $t:103)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:103)
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
                    (local.get $t:104)
                    (i64.gt_u
                     (local.get $t:104)
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
       (local.set $t:105
        (i64.add
         (i64.extend_i32_u
          (local.get $dict)
         )
         (i64.const 56)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:105)
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
            (local.get $t:105)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:105)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:105)
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
             (local.get $t:105)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:105)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:105)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:105)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:106
                (i64.add
                 (i64.add
                  (local.get $t:105)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:105)
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
                 (local.get $t:106)
                 (i64.gt_u
                  (local.get $t:106)
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
                (local.get $t:105)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:106
                (i64.add
                 (i64.add
                  (local.get $t:105)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:105)
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
                  (local.get $t:106)
                  (i64.gt_u
                   (local.get $t:106)
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
       (i32.store offset=56 align=1
        (local.get $dict)
        (local.get $rounded)
       )
      )
      (local.set $bounds
       (block $e30 (result i32)
        (local.set $item.4
         (block $e31 (result f64)
          (local.set $a
           (local.get $x)
          )
          (local.set $b
           (local.get $y)
          )
          (select
           (local.get $a)
           (local.get $b)
           (f64.lt
            (local.get $a)
            (local.get $b)
           )
          )
         )
        )
        (local.set $item.5
         (block $e34 (result f64)
          (local.set $a.1
           (local.get $x)
          )
          (local.set $b.1
           (local.get $y)
          )
          (select
           (local.get $a.1)
           (local.get $b.1)
           (f64.gt
            (local.get $a.1)
            (local.get $b.1)
           )
          )
         )
        )
        (local.set $item.6
         (block $e37 (result f64)
          (local.set $v
           (local.get $x)
          )
          (local.set $lo
           (f64.const 0)
          )
          (local.set $hi
           (f64.const 1)
          )
          (select
           (local.get $lo)
           (select
            (local.get $hi)
            (local.get $v)
            (f64.gt
             (local.get $v)
             (local.get $hi)
            )
           )
           (f64.lt
            (local.get $v)
            (local.get $lo)
           )
          )
         )
        )
        (local.set $item.7
         (f64.abs
          (f64.neg
           (local.get $y)
          )
         )
        )
        (local.set $size.1
         (i64.const 40)
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
            (i32.const 18)
           )
           (unreachable)
          )
         )
        )
        (local.set $list.1
         (block (result i32)
          (local.set $t:107
           (i32.wrap_i64
            (local.get $size.1)
           )
          )
          (local.set $t:108
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
          (local.set $t:109
           (i64.add
            (local.get $t:108)
            (i64.extend_i32_u
             (local.get $t:107)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:109)
            (i64.extend_i32_u
             (global.get $tetra:scratch_end)
            )
           )
           (then
            (call $tetra:trap
             (i32.const 15)
             (i32.const 18)
            )
            (unreachable)
           )
          )
          (global.set $tetra:scratch_ptr
           (i32.wrap_i64
            (local.get $t:109)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:109)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:109)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:108)
          )
         )
        )
        (local.set $len.1
         (i32.const 0)
        )
        (block
         (local.set $t:110
          (i32.add
           (i32.add
            (local.get $list.1)
            (i32.const 8)
           )
           (i32.mul
            (local.get $len.1)
            (i32.const 8)
           )
          )
         )
         (local.set $t:111
          (i64.extend_i32_u
           (local.get $t:110)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:111)
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
              (local.get $t:111)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:111)
               (i64.const 8)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:111)
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
               (local.get $t:111)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:111)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:111)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:111)
                  (i64.const 8)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:112
                  (i64.add
                   (i64.add
                    (local.get $t:111)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:111)
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
                   (local.get $t:112)
                   (i64.gt_u
                    (local.get $t:112)
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
                  (local.get $t:111)
                  (i64.const 8)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:112
                  (i64.add
                   (i64.add
                    (local.get $t:111)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:111)
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
                    (local.get $t:112)
                    (i64.gt_u
                     (local.get $t:112)
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
          (local.get $t:110)
          (select
           (i64.const 9221120237041090560)
           (i64.reinterpret_f64
            (local.get $item.4)
           )
           (f64.ne
            (local.get $item.4)
            (local.get $item.4)
           )
          )
         )
        )
        (local.set $len.1
         (i32.add
          (local.get $len.1)
          (i32.const 1)
         )
        )
        (block
         (local.set $t:113
          (i32.add
           (i32.add
            (local.get $list.1)
            (i32.const 8)
           )
           (i32.mul
            (local.get $len.1)
            (i32.const 8)
           )
          )
         )
         (local.set $t:114
          (i64.extend_i32_u
           (local.get $t:113)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:114)
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
              (local.get $t:114)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:114)
               (i64.const 8)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:114)
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
               (local.get $t:114)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:114)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:114)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:114)
                  (i64.const 8)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:115
                  (i64.add
                   (i64.add
                    (local.get $t:114)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:114)
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
                   (local.get $t:115)
                   (i64.gt_u
                    (local.get $t:115)
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
                  (local.get $t:114)
                  (i64.const 8)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:115
                  (i64.add
                   (i64.add
                    (local.get $t:114)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:114)
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
                    (local.get $t:115)
                    (i64.gt_u
                     (local.get $t:115)
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
          (local.get $t:113)
          (select
           (i64.const 9221120237041090560)
           (i64.reinterpret_f64
            (local.get $item.5)
           )
           (f64.ne
            (local.get $item.5)
            (local.get $item.5)
           )
          )
         )
        )
        (local.set $len.1
         (i32.add
          (local.get $len.1)
          (i32.const 1)
         )
        )
        (block
         (local.set $t:116
          (i32.add
           (i32.add
            (local.get $list.1)
            (i32.const 8)
           )
           (i32.mul
            (local.get $len.1)
            (i32.const 8)
           )
          )
         )
         (local.set $t:117
          (i64.extend_i32_u
           (local.get $t:116)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:117)
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
              (local.get $t:117)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:117)
               (i64.const 8)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:117)
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
               (local.get $t:117)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:117)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:117)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:117)
                  (i64.const 8)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:118
                  (i64.add
                   (i64.add
                    (local.get $t:117)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:117)
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
                   (local.get $t:118)
                   (i64.gt_u
                    (local.get $t:118)
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
                  (local.get $t:117)
                  (i64.const 8)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:118
                  (i64.add
                   (i64.add
                    (local.get $t:117)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:117)
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
                    (local.get $t:118)
                    (i64.gt_u
                     (local.get $t:118)
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
          (local.get $t:116)
          (select
           (i64.const 9221120237041090560)
           (i64.reinterpret_f64
            (local.get $item.6)
           )
           (f64.ne
            (local.get $item.6)
            (local.get $item.6)
           )
          )
         )
        )
        (local.set $len.1
         (i32.add
          (local.get $len.1)
          (i32.const 1)
         )
        )
        (block
         (local.set $t:119
          (i32.add
           (i32.add
            (local.get $list.1)
            (i32.const 8)
           )
           (i32.mul
            (local.get $len.1)
            (i32.const 8)
           )
          )
         )
         (local.set $t:120
          (i64.extend_i32_u
           (local.get $t:119)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:120)
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
              (local.get $t:120)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:120)
               (i64.const 8)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:120)
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
               (local.get $t:120)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:120)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:120)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:120)
                  (i64.const 8)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:121
                  (i64.add
                   (i64.add
                    (local.get $t:120)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:120)
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
                   (local.get $t:121)
                   (i64.gt_u
                    (local.get $t:121)
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
                  (local.get $t:120)
                  (i64.const 8)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:121
                  (i64.add
                   (i64.add
                    (local.get $t:120)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:120)
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
                    (local.get $t:121)
                    (i64.gt_u
                     (local.get $t:121)
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
          (local.get $t:119)
          (select
           (i64.const 9221120237041090560)
           (i64.reinterpret_f64
            (local.get $item.7)
           )
           (f64.ne
            (local.get $item.7)
            (local.get $item.7)
           )
          )
         )
        )
        (local.set $len.1
         (i32.add
          (local.get $len.1)
          (i32.const 1)
         )
        )
        (block
         (local.set $t:122
          (i64.extend_i32_u
           (local.get $list.1)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:122)
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
              (local.get $t:122)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:122)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:122)
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
               (local.get $t:122)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:122)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:122)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:122)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:123
                  (i64.add
                   (i64.add
                    (local.get $t:122)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:122)
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
                   (local.get $t:123)
                   (i64.gt_u
                    (local.get $t:123)
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
                  (local.get $t:122)
                  (i64.const 4)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:123
                  (i64.add
                   (i64.add
                    (local.get $t:122)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:122)
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
                    (local.get $t:123)
                    (i64.gt_u
                     (local.get $t:123)
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
       (local.set $t:124
        (i64.add
         (i64.extend_i32_u
          (local.get $dict)
         )
         (i64.const 60)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:124)
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
            (local.get $t:124)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:124)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:124)
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
             (local.get $t:124)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:124)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:124)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:124)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:125
                (i64.add
                 (i64.add
                  (local.get $t:124)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:124)
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
                 (local.get $t:125)
                 (i64.gt_u
                  (local.get $t:125)
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
                (local.get $t:124)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:125
                (i64.add
                 (i64.add
                  (local.get $t:124)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:124)
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
                  (local.get $t:125)
                  (i64.gt_u
                   (local.get $t:125)
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
       (i32.store offset=60 align=1
        (local.get $dict)
        (local.get $bounds)
       )
      )
      (local.set $mixed
       (f64.add
        (f64.mul
         (local.get $x)
         (f64.const 2)
        )
        (f64.const 0.5)
       )
      )
      (block
       (local.set $t:126
        (i64.add
         (i64.extend_i32_u
          (local.get $dict)
         )
         (i64.const 64)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:126)
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
            (local.get $t:126)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:126)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:126)
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
             (local.get $t:126)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:126)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:126)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:126)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:127
                (i64.add
                 (i64.add
                  (local.get $t:126)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:126)
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
                 (local.get $t:127)
                 (i64.gt_u
                  (local.get $t:127)
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
                (local.get $t:126)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:127
                (i64.add
                 (i64.add
                  (local.get $t:126)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:126)
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
                  (local.get $t:127)
                  (i64.gt_u
                   (local.get $t:127)
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
       (i64.store offset=64 align=1
        (local.get $dict)
        (select
         (i64.const 9221120237041090560)
         (i64.reinterpret_f64
          (local.get $mixed)
         )
         (f64.ne
          (local.get $mixed)
          (local.get $mixed)
         )
        )
       )
      )
      (local.set $total
       (block $e49 (result f64)
        (local.set $xs.1
         (local.get $xs)
        )
        (local.set $sum.1
         (f64.const 0)
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
        (local.set $k
         (i32.const 0)
        )
        (block
         (local.set $t:128
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
         (local.set $t:129
          (i64.sub
           (i64.extend_i32_u
            (local.get $n)
           )
           (i64.const 1)
          )
         )
         (local.set $t:130
          (i64.add
           (i64.add
            (i64.extend_i32_u
             (local.get $xs.1)
            )
            (i64.mul
             (local.get $t:129)
             (i64.const 8)
            )
           )
           (i64.const 16)
          )
         )
         (if
          (i32.and
           (i64.lt_u
            (local.get $t:128)
            (local.get $t:fuel)
           )
           (i32.or
            (i64.eqz
             (local.get $t:128)
            )
            (i64.le_u
             (local.get $t:130)
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
               (local.get $t:128)
               (i64.const 1)
              )
              (i64.const 1)
             )
            )
           )
           (block $block51:fast
            (loop $each52:fast
             (br_if $block51:fast
              (i32.ge_u
               (local.get $k)
               (local.get $n)
              )
             )
             (local.set $x.2
              (block (result f64)
               (local.set $t:131
                (i32.add
                 (local.get $xs.1)
                 (i32.mul
                  (local.get $k)
                  (i32.const 8)
                 )
                )
               )
               (f64.load offset=8 align=1
                (local.get $t:131)
               )
              )
             )
             (local.set $sum.1
              (f64.add
               (local.get $sum.1)
               (local.get $x.2)
              )
             )
             (local.set $k
              (i32.add
               (local.get $k)
               (i32.const 1)
              )
             )
             (br $each52:fast)
            )
           )
          )
          (else
           (block $block51
            (loop $each52
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
             (br_if $block51
              (i32.ge_u
               (local.get $k)
               (local.get $n)
              )
             )
             (local.set $x.2
              (block (result f64)
               (local.set $t:132
                (i32.add
                 (local.get $xs.1)
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
                   (local.get $t:132)
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
               (f64.load offset=8 align=1
                (local.get $t:132)
               )
              )
             )
             (local.set $sum.1
              (f64.add
               (local.get $sum.1)
               (local.get $x.2)
              )
             )
             (local.set $k
              (i32.add
               (local.get $k)
               (i32.const 1)
              )
             )
             (br $each52)
            )
           )
          )
         )
        )
        (local.get $sum.1)
       )
      )
      (block
       (local.set $t:133
        (i64.add
         (i64.extend_i32_u
          (local.get $dict)
         )
         (i64.const 72)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:133)
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
            (local.get $t:133)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:133)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:133)
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
             (local.get $t:133)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:133)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:133)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:133)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:134
                (i64.add
                 (i64.add
                  (local.get $t:133)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:133)
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
                 (local.get $t:134)
                 (i64.gt_u
                  (local.get $t:134)
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
                (local.get $t:133)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:134
                (i64.add
                 (i64.add
                  (local.get $t:133)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:133)
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
                  (local.get $t:134)
                  (i64.gt_u
                   (local.get $t:134)
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
       (i64.store offset=72 align=1
        (local.get $dict)
        (select
         (i64.const 9221120237041090560)
         (i64.reinterpret_f64
          (local.get $total)
         )
         (f64.ne
          (local.get $total)
          (local.get $total)
         )
        )
       )
      )
      (local.set $mean
       (block (result f64)
        (local.set $t:135
         (block $e54 (result f64)
          (local.set $xs.2
           (local.get $xs)
          )
          (local.set $sum.2
           (f64.const 0)
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
          (local.set $k.1
           (i32.const 0)
          )
          (block
           (local.set $t:136
            (i64.extend_i32_u
             (select
              (i32.sub
               (local.get $n.1)
               (local.get $k.1)
              )
              (i32.const 0)
              (i32.gt_u
               (local.get $n.1)
               (local.get $k.1)
              )
             )
            )
           )
           (local.set $t:137
            (i64.sub
             (i64.extend_i32_u
              (local.get $n.1)
             )
             (i64.const 1)
            )
           )
           (local.set $t:138
            (i64.add
             (i64.add
              (i64.extend_i32_u
               (local.get $xs.2)
              )
              (i64.mul
               (local.get $t:137)
               (i64.const 8)
              )
             )
             (i64.const 16)
            )
           )
           (if
            (i32.and
             (i64.lt_u
              (local.get $t:136)
              (local.get $t:fuel)
             )
             (i32.or
              (i64.eqz
               (local.get $t:136)
              )
              (i64.le_u
               (local.get $t:138)
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
                 (local.get $t:136)
                 (i64.const 1)
                )
                (i64.const 1)
               )
              )
             )
             (block $block56:fast
              (loop $each57:fast
               (br_if $block56:fast
                (i32.ge_u
                 (local.get $k.1)
                 (local.get $n.1)
                )
               )
               (local.set $x.3
                (block (result f64)
                 (local.set $t:139
                  (i32.add
                   (local.get $xs.2)
                   (i32.mul
                    (local.get $k.1)
                    (i32.const 8)
                   )
                  )
                 )
                 (f64.load offset=8 align=1
                  (local.get $t:139)
                 )
                )
               )
               (local.set $sum.2
                (f64.add
                 (local.get $sum.2)
                 (local.get $x.3)
                )
               )
               (local.set $k.1
                (i32.add
                 (local.get $k.1)
                 (i32.const 1)
                )
               )
               (br $each57:fast)
              )
             )
            )
            (else
             (block $block56
              (loop $each57
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
               (br_if $block56
                (i32.ge_u
                 (local.get $k.1)
                 (local.get $n.1)
                )
               )
               (local.set $x.3
                (block (result f64)
                 (local.set $t:140
                  (i32.add
                   (local.get $xs.2)
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
                     (local.get $t:140)
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
                 (f64.load offset=8 align=1
                  (local.get $t:140)
                 )
                )
               )
               (local.set $sum.2
                (f64.add
                 (local.get $sum.2)
                 (local.get $x.3)
                )
               )
               (local.set $k.1
                (i32.add
                 (local.get $k.1)
                 (i32.const 1)
                )
               )
               (br $each57)
              )
             )
            )
           )
          )
          (local.get $sum.2)
         )
        )
        (local.set $t:141
         (f64.convert_i64_s
          (block $e59 (result i64)
           (local.set $xs.3
            (local.get $xs)
           )
           (i64.extend_i32_u
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
          )
         )
        )
        (if
         (f64.eq
          (local.get $t:141)
          (f64.const 0)
         )
         (then
          (call $tetra:trap
           (i32.const 1)
           (i32.const 26)
          )
          (unreachable)
         )
        )
        (f64.div
         (local.get $t:135)
         (local.get $t:141)
        )
       )
      )
      (block
       (local.set $t:142
        (i64.add
         (i64.extend_i32_u
          (local.get $dict)
         )
         (i64.const 80)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:142)
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
            (local.get $t:142)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:142)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:142)
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
             (local.get $t:142)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:142)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:142)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:142)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:143
                (i64.add
                 (i64.add
                  (local.get $t:142)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:142)
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
                 (local.get $t:143)
                 (i64.gt_u
                  (local.get $t:143)
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
                (local.get $t:142)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:143
                (i64.add
                 (i64.add
                  (local.get $t:142)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:142)
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
                  (local.get $t:143)
                  (i64.gt_u
                   (local.get $t:143)
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
       (i64.store offset=80 align=1
        (local.get $dict)
        (select
         (i64.const 9221120237041090560)
         (i64.reinterpret_f64
          (local.get $mean)
         )
         (f64.ne
          (local.get $mean)
          (local.get $mean)
         )
        )
       )
      )
      (local.set $largest
       (block $e61 (result f64)
        (local.set $xs.4
         (local.get $xs)
        )
        (if
         (i32.eqz
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
         (then
          (block
           (call $tetra:trap
            (i32.const 4)
            (i32.const 29)
           )
           (unreachable)
          )
         )
        )
        (local.set $first
         (i32.const 1)
        )
        (local.set $n.2
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
        (local.set $k.2
         (i32.const 0)
        )
        (block
         (local.set $t:144
          (i64.extend_i32_u
           (select
            (i32.sub
             (local.get $n.2)
             (local.get $k.2)
            )
            (i32.const 0)
            (i32.gt_u
             (local.get $n.2)
             (local.get $k.2)
            )
           )
          )
         )
         (local.set $t:145
          (i64.sub
           (i64.extend_i32_u
            (local.get $n.2)
           )
           (i64.const 1)
          )
         )
         (local.set $t:146
          (i64.add
           (i64.add
            (i64.extend_i32_u
             (local.get $xs.4)
            )
            (i64.mul
             (local.get $t:145)
             (i64.const 8)
            )
           )
           (i64.const 16)
          )
         )
         (if
          (i32.and
           (i64.lt_u
            (local.get $t:144)
            (local.get $t:fuel)
           )
           (i32.or
            (i64.eqz
             (local.get $t:144)
            )
            (i64.le_u
             (local.get $t:146)
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
               (local.get $t:144)
               (i64.const 1)
              )
              (i64.const 1)
             )
            )
           )
           (block $block63:fast
            (loop $each64:fast
             (br_if $block63:fast
              (i32.ge_u
               (local.get $k.2)
               (local.get $n.2)
              )
             )
             (local.set $x.4
              (block (result f64)
               (local.set $t:147
                (i32.add
                 (local.get $xs.4)
                 (i32.mul
                  (local.get $k.2)
                  (i32.const 8)
                 )
                )
               )
               (f64.load offset=8 align=1
                (local.get $t:147)
               )
              )
             )
             (local.set $x.5
              (local.get $x.4)
             )
             (if
              (i32.or
               (local.get $first)
               (f64.gt
                (local.get $x.5)
                (local.get $best)
               )
              )
              (then
               (local.set $best
                (local.get $x.5)
               )
               (local.set $first
                (i32.const 0)
               )
              )
             )
             (local.set $k.2
              (i32.add
               (local.get $k.2)
               (i32.const 1)
              )
             )
             (br $each64:fast)
            )
           )
          )
          (else
           (block $block63
            (loop $each64
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
             (br_if $block63
              (i32.ge_u
               (local.get $k.2)
               (local.get $n.2)
              )
             )
             (local.set $x.4
              (block (result f64)
               (local.set $t:148
                (i32.add
                 (local.get $xs.4)
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
                   (local.get $t:148)
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
               (f64.load offset=8 align=1
                (local.get $t:148)
               )
              )
             )
             (local.set $x.5
              (local.get $x.4)
             )
             (if
              (i32.or
               (local.get $first)
               (f64.gt
                (local.get $x.5)
                (local.get $best)
               )
              )
              (then
               (local.set $best
                (local.get $x.5)
               )
               (local.set $first
                (i32.const 0)
               )
              )
             )
             (local.set $k.2
              (i32.add
               (local.get $k.2)
               (i32.const 1)
              )
             )
             (br $each64)
            )
           )
          )
         )
        )
        (local.get $best)
       )
      )
      (block
       (local.set $t:149
        (i64.add
         (i64.extend_i32_u
          (local.get $dict)
         )
         (i64.const 88)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:149)
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
            (local.get $t:149)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:149)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:149)
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
             (local.get $t:149)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:149)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:149)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:149)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:150
                (i64.add
                 (i64.add
                  (local.get $t:149)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:149)
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
                 (local.get $t:150)
                 (i64.gt_u
                  (local.get $t:150)
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
                (local.get $t:149)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:150
                (i64.add
                 (i64.add
                  (local.get $t:149)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:149)
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
                  (local.get $t:150)
                  (i64.gt_u
                   (local.get $t:150)
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
       (i64.store offset=88 align=1
        (local.get $dict)
        (select
         (i64.const 9221120237041090560)
         (i64.reinterpret_f64
          (local.get $largest)
         )
         (f64.ne
          (local.get $largest)
          (local.get $largest)
         )
        )
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
      (local.set $t:151
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
        (local.get $t:151)
       )
      )
      (tuple.extract 2 0
       (local.get $t:151)
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
        (i32.const 5)
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
      (if
       (block (result i32)
        (local.set $t:152
         (call $codec.nonfinite.record.0
          (local.get $result.1)
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
          (local.get $t:152)
         )
        )
        (tuple.extract 2 0
         (local.get $t:152)
        )
       )
       (then
        (block
         (call $tetra:trap
          (i32.const 16)
          (i32.const 5)
         )
         (unreachable)
        )
       )
      )
      (block
       (call $tetra:trap
        (i32.const 15)
        (i32.const 5)
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
