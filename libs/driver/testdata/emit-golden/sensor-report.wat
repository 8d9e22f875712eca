;; From examples/sensor-report.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
;; `tetra emit wat examples/sensor-report.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
;; (all but the rt.* runtime and the codec.* JSON codec), in module order.
;; Defined functions (45):
;;   $tetra:trap
;;   $codec.hex4
;;   $rt.utf8_valid
;;   $codec.str_check
;;   $codec.num_end
;;   $codec.json_valid
;;   $codec.str_end
;;   $codec.str_unescape
;;   $codec.dec.string.3
;;   $rt.parse_eisel_lemire
;;   $rt.decimal_shr
;;   $rt.decimal_shl
;;   $rt.decimal_round
;;   $rt.parse_float_slow
;;   $rt.parse_float
;;   $codec.dec.float.4
;;   $codec.skip
;;   $codec.dec.fields.2
;;   $codec.dec.record.1
;;   $codec.dec.list.0
;;   $main.args
;;   $rt.mem_eq
;;   $rt.str_eq
;;   $rt.mul_shift_64
;;   $rt.pow5_factor_at_least
;;   $rt.u64_digits
;;   $rt.u64_write_back
;;   $rt.f64_shortest
;;   $rt.float_text_write
;;   $rt.str_join
;;   $rt.int_write
;;   $codec.write_int
;;   $codec.enc.int.1
;;   $rt.float_json_write
;;   $codec.write_float
;;   $codec.enc.float.2
;;   $codec.write_str
;;   $codec.enc.string.3
;;   $codec.enc.record.0
;;   $codec.nonfinite.float.1
;;   $codec.nonfinite.record.0
;;   $main
;;   $fn.to_celsius
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
  (local $arg0_state i32)
  (local $ws i32)
  (local $kr i32)
  (local $kq i32)
  (local $arg i32)
  (local $args_out i32)
  (local $t:20 (tuple i32 i64))
  (local $t:21 i64)
  (local $t:22 i64)
  (local $t:23 (tuple i32 i64))
  (local $t:24 i32)
  (local $t:25 i64)
  (local $t:26 i64)
  (local $t:27 (tuple i32 i64))
  (local $t:28 (tuple i32 i64))
  (local $t:29 (tuple i32 i64))
  (local $t:30 (tuple i32 i64))
  (local $t:31 i64)
  (local $t:32 i64)
  (local $t:33 i64)
  (local $t:34 i64)
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
       (local.set $t:20
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
         (local.get $t:20)
        )
       )
       (tuple.extract 2 0
        (local.get $t:20)
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
      (local.set $t:21
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
      (local.set $t:22
       (i64.add
        (local.get $t:21)
        (i64.extend_i32_u
         (i32.const 4)
        )
       )
      )
      (if
       (i64.gt_u
        (local.get $t:22)
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
        (local.get $t:22)
       )
      )
      (if
       (i64.gt_u
        (local.get $t:22)
        (i64.add
         (global.get $tetra:scratch_start)
         (global.get $tetra:high_span)
        )
       )
       (then
        (global.set $tetra:high_span
         (i64.sub
          (local.get $t:22)
          (global.get $tetra:scratch_start)
         )
        )
       )
      )
      (i32.wrap_i64
       (local.get $t:21)
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
         (local.set $t:23
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
           (local.get $t:23)
          )
         )
         (tuple.extract 2 0
          (local.get $t:23)
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
           (local.set $t:24
            (i32.sub
             (i32.sub
              (local.get $kq)
              (local.get $args_pos)
             )
             (i32.const 1)
            )
           )
           (local.set $t:25
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
           (local.set $t:26
            (i64.add
             (local.get $t:25)
             (i64.extend_i32_u
              (local.get $t:24)
             )
            )
           )
           (if
            (i64.gt_u
             (local.get $t:26)
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
             (local.get $t:26)
            )
           )
           (if
            (i64.gt_u
             (local.get $t:26)
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (global.set $tetra:high_span
              (i64.sub
               (local.get $t:26)
               (global.get $tetra:scratch_start)
              )
             )
            )
           )
           (i32.wrap_i64
            (local.get $t:25)
           )
          )
         )
         (local.set $args_klen
          (i32.sub
           (block (result i32)
            (local.set $t:27
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
              (local.get $t:27)
             )
            )
            (tuple.extract 2 0
             (local.get $t:27)
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
           (i32.const 8)
          )
          (then
           (if
            (i32.and
             (i32.eq
              (block (result i32)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $args_kp)
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
                (local.get $args_kp)
               )
              )
              (i32.const 1684104562)
             )
             (i32.eq
              (block (result i32)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $args_kp)
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
                (local.get $args_kp)
               )
              )
              (i32.const 1936158313)
             )
            )
            (then
             (br $match5
              (i32.const 0)
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
          (br_table $case12 $default11
           (local.get $args_c)
          )
         )
         (local.set $args_r
          (block (result i32)
           (local.set $t:28
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
             (local.get $t:28)
            )
           )
           (tuple.extract 2 0
            (local.get $t:28)
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
             (local.set $t:29
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
               (local.get $t:29)
              )
             )
             (tuple.extract 2 0
              (local.get $t:29)
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
        (local.set $args_unexpected
         (i32.const 1)
        )
        (local.set $args_pos
         (block (result i32)
          (local.set $t:30
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
            (local.get $t:30)
           )
          )
          (tuple.extract 2 0
           (local.get $t:30)
          )
         )
        )
       )
       (block $ws_done13
        (loop $ws14
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
         (br_if $ws_done13
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
         (br_if $ws_done13
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
         (br $ws14)
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
      (local.set $t:31
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
      (local.set $t:32
       (i64.add
        (local.get $t:31)
        (i64.extend_i32_u
         (i32.const 8)
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
         (i32.const 1)
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
    (block
     (local.set $t:33
      (i64.extend_i32_u
       (local.get $args_out)
      )
     )
     (if
      (i64.gt_u
       (i64.sub
        (i64.add
         (local.get $t:33)
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
          (local.get $t:33)
          (global.get $tetra:low_start)
         )
         (i64.gt_u
          (i64.add
           (local.get $t:33)
           (i64.const 4)
          )
          (global.get $tetra:low_end)
         )
        )
        (then
         (if
          (i64.gt_u
           (i64.add
            (local.get $t:33)
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
           (local.get $t:33)
           (global.get $tetra:scratch_start)
          )
          (then
           (if
            (i64.lt_u
             (local.get $t:33)
             (global.get $tetra:low_start)
            )
            (then
             (global.set $tetra:low_start
              (local.get $t:33)
             )
            )
           )
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:33)
              (i64.const 4)
             )
             (global.get $tetra:low_end)
            )
            (then
             (local.set $t:34
              (i64.add
               (i64.add
                (local.get $t:33)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:33)
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
               (local.get $t:34)
               (i64.gt_u
                (local.get $t:34)
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
              (local.get $t:33)
              (i64.const 4)
             )
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (local.set $t:34
              (i64.add
               (i64.add
                (local.get $t:33)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:33)
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
                (local.get $t:34)
                (i64.gt_u
                 (local.get $t:34)
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
    (local.get $args_out)
   )
   (local.get $t:fuel)
  )
 )

 (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $args i32)
  (local $readings i32)
  (local $dict i32)
  (local $closure i32)
  (local $xs i32)
  (local $size i64)
  (local $list i32)
  (local $len i32)
  (local $n i32)
  (local $k i32)
  (local $x i32)
  (local $r i32)
  (local $celsius i32)
  (local $xs.1 i32)
  (local $count i64)
  (local $xs.2 i32)
  (local $size.1 i64)
  (local $list.1 i32)
  (local $len.1 i32)
  (local $n.1 i32)
  (local $k.1 i32)
  (local $x.1 i32)
  (local $r.1 i32)
  (local $xs.3 i32)
  (local $unique i32)
  (local $n.2 i32)
  (local $i i32)
  (local $j i32)
  (local $sensors i32)
  (local $xs.4 i32)
  (local $best f64)
  (local $first i32)
  (local $n.3 i32)
  (local $k.2 i32)
  (local $x.2 f64)
  (local $x.3 f64)
  (local $max_c f64)
  (local $xs.5 i32)
  (local $best.1 f64)
  (local $first.1 i32)
  (local $n.4 i32)
  (local $k.3 i32)
  (local $x.4 f64)
  (local $x.5 f64)
  (local $min_c f64)
  (local $xs.6 i32)
  (local $sum f64)
  (local $n.5 i32)
  (local $k.4 i32)
  (local $x.6 f64)
  (local $xs.7 i32)
  (local $mean_c f64)
  (local $xs.8 i32)
  (local $size.2 i64)
  (local $list.2 i32)
  (local $len.2 i32)
  (local $n.6 i32)
  (local $k.5 i32)
  (local $x.7 i32)
  (local $r.2 i32)
  (local $part i32)
  (local $part.1 f64)
  (local $text i32)
  (local $cur i32)
  (local $s i32)
  (local $slen i32)
  (local $len.3 i32)
  (local $report i32)
  (local $result i32)
  (local $json_start i32)
  (local $json_end i32)
  (local $result.1 i32)
  (local $t:78 (tuple i32 i64))
  (local $t:79 i64)
  (local $t:80 i64)
  (local $t:81 i64)
  (local $t:82 i64)
  (local $t:83 i64)
  (local $t:84 i64)
  (local $t:85 i64)
  (local $t:86 i64)
  (local $t:87 i64)
  (local $t:88 i64)
  (local $t:89 i32)
  (local $t:90 i64)
  (local $t:91 i64)
  (local $t:92 i32)
  (local $t:93 i32)
  (local $t:94 f64)
  (local $t:95 (tuple f64 i64))
  (local $t:96 i64)
  (local $t:97 i64)
  (local $t:98 i64)
  (local $t:99 i64)
  (local $t:100 i64)
  (local $t:101 i64)
  (local $t:102 i64)
  (local $t:103 i64)
  (local $t:104 i32)
  (local $t:105 i64)
  (local $t:106 i64)
  (local $t:107 i64)
  (local $t:108 i64)
  (local $t:109 i64)
  (local $t:110 i64)
  (local $t:111 i64)
  (local $t:112 i64)
  (local $t:113 i64)
  (local $t:114 i32)
  (local $t:115 i32)
  (local $t:116 i32)
  (local $t:117 i32)
  (local $t:118 i32)
  (local $t:119 i32)
  (local $t:120 i64)
  (local $t:121 i64)
  (local $t:122 i64)
  (local $t:123 i64)
  (local $t:124 i32)
  (local $t:125 i32)
  (local $t:126 (tuple i32 i64))
  (local $t:127 i64)
  (local $t:128 i64)
  (local $t:129 i64)
  (local $t:130 i64)
  (local $t:131 i64)
  (local $t:132 i32)
  (local $t:133 i32)
  (local $t:134 i64)
  (local $t:135 i64)
  (local $t:136 i64)
  (local $t:137 i64)
  (local $t:138 i64)
  (local $t:139 i32)
  (local $t:140 i32)
  (local $t:141 i64)
  (local $t:142 i64)
  (local $t:143 f64)
  (local $t:144 i64)
  (local $t:145 i64)
  (local $t:146 i64)
  (local $t:147 i32)
  (local $t:148 i32)
  (local $t:149 f64)
  (local $t:150 i64)
  (local $t:151 i64)
  (local $t:152 i32)
  (local $t:153 i64)
  (local $t:154 i64)
  (local $t:155 i32)
  (local $t:156 i32)
  (local $t:157 i32)
  (local $t:158 f64)
  (local $t:159 (tuple f64 i64))
  (local $t:160 i32)
  (local $t:161 i32)
  (local $t:162 i64)
  (local $t:163 i64)
  (local $t:164 i64)
  (local $t:165 i64)
  (local $t:166 i64)
  (local $t:167 (tuple i32 i64))
  (local $t:168 i64)
  (local $t:169 i64)
  (local $t:170 i32)
  (local $t:171 i64)
  (local $t:172 i64)
  (local $t:173 i64)
  (local $t:174 i64)
  (local $t:175 i64)
  (local $t:176 i64)
  (local $t:177 (tuple i32 i64))
  (local $t:178 i64)
  (local $t:179 i64)
  (local $t:180 (tuple i32 i64))
  (local $t:181 (tuple i32 i64))
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
      (local.set $t:78
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
        (local.get $t:78)
       )
      )
      (tuple.extract 2 0
       (local.get $t:78)
      )
     )
    )
    (local.set $readings
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
    (local.set $result
     (block $e0 (result i32)
      (local.set $dict
       (block (result i32)
        (local.set $t:79
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
        (local.set $t:80
         (i64.add
          (local.get $t:79)
          (i64.extend_i32_u
           (i32.const 56)
          )
         )
        )
        (if
         (i64.gt_u
          (local.get $t:80)
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
          (local.get $t:80)
         )
        )
        (if
         (i64.gt_u
          (local.get $t:80)
          (i64.add
           (global.get $tetra:scratch_start)
           (global.get $tetra:high_span)
          )
         )
         (then
          (global.set $tetra:high_span
           (i64.sub
            (local.get $t:80)
            (global.get $tetra:scratch_start)
           )
          )
         )
        )
        (i32.wrap_i64
         (local.get $t:79)
        )
       )
      )
      (local.set $closure
       (block (result i32)
        (local.set $t:81
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
        (local.set $t:82
         (i64.add
          (local.get $t:81)
          (i64.extend_i32_u
           (i32.const 8)
          )
         )
        )
        (if
         (i64.gt_u
          (local.get $t:82)
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
          (local.get $t:82)
         )
        )
        (if
         (i64.gt_u
          (local.get $t:82)
          (i64.add
           (global.get $tetra:scratch_start)
           (global.get $tetra:high_span)
          )
         )
         (then
          (global.set $tetra:high_span
           (i64.sub
            (local.get $t:82)
            (global.get $tetra:scratch_start)
           )
          )
         )
        )
        (i32.wrap_i64
         (local.get $t:81)
        )
       )
      )
      (block
       (local.set $t:83
        (i64.extend_i32_u
         (local.get $closure)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:83)
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
            (local.get $t:83)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:83)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:83)
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
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:84
                (i64.add
                 (i64.add
                  (local.get $t:83)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:83)
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
                (i64.const 4)
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
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:83)
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
       (i32.store align=1
        (local.get $closure)
        (i32.const 0)
       )
      )
      (block
       (local.set $t:85
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
           (local.get $t:85)
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
            (local.get $t:85)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:85)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:85)
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
             (local.get $t:85)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:85)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:85)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:85)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:86
                (i64.add
                 (i64.add
                  (local.get $t:85)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:85)
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
                 (local.get $t:86)
                 (i64.gt_u
                  (local.get $t:86)
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
                (local.get $t:85)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:86
                (i64.add
                 (i64.add
                  (local.get $t:85)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:85)
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
                  (local.get $t:86)
                  (i64.gt_u
                   (local.get $t:86)
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
        (i32.const 0)
       )
      )
      (block
       (local.set $t:87
        (i64.extend_i32_u
         (local.get $dict)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:87)
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
            (local.get $t:87)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:87)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:87)
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
             (local.get $t:87)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:87)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:87)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:87)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:88
                (i64.add
                 (i64.add
                  (local.get $t:87)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:87)
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
                 (local.get $t:88)
                 (i64.gt_u
                  (local.get $t:88)
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
                (local.get $t:87)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:88
                (i64.add
                 (i64.add
                  (local.get $t:87)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:87)
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
                  (local.get $t:88)
                  (i64.gt_u
                   (local.get $t:88)
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
        (local.get $closure)
       )
      )
      (local.set $celsius
       (block $e1 (result i32)
        (local.set $xs
         (local.get $readings)
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
          (local.set $t:89
           (i32.wrap_i64
            (local.get $size)
           )
          )
          (local.set $t:90
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
          (local.set $t:91
           (i64.add
            (local.get $t:90)
            (i64.extend_i32_u
             (local.get $t:89)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:91)
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
            (local.get $t:91)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:91)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:91)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:90)
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
        (block $block3
         (loop $each4
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
          (br_if $block3
           (i32.ge_u
            (local.get $k)
            (local.get $n)
           )
          )
          (local.set $x
           (block (result i32)
            (local.set $t:92
             (i32.add
              (local.get $xs)
              (i32.mul
               (local.get $k)
               (i32.const 4)
              )
             )
            )
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $t:92)
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
             (local.get $t:92)
            )
           )
          )
          (local.set $r
           (local.get $x)
          )
          (block
           (local.set $t:93
            (i32.add
             (local.get $list)
             (i32.mul
              (local.get $len)
              (i32.const 8)
             )
            )
           )
           (local.set $t:94
            (block (result f64)
             (local.set $t:95
              (call $fn.to_celsius
               (i32.const 0)
               (local.get $r)
               (block (result i32)
                (if
                 (i32.ge_u
                  (local.get $t:depth)
                  (i32.const 1000)
                 )
                 (then
                  (call $tetra:trap
                   (i32.const 15)
                   (i32.const 6)
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
               (local.get $t:95)
              )
             )
             (tuple.extract 2 0
              (local.get $t:95)
             )
            )
           )
           (local.set $t:96
            (i64.add
             (i64.extend_i32_u
              (local.get $t:93)
             )
             (i64.const 8)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:96)
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
                (local.get $t:96)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:96)
                 (i64.const 8)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:96)
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
                    (i64.const 8)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:97
                    (i64.add
                     (i64.add
                      (local.get $t:96)
                      (i64.const 8)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:96)
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
                    (i64.const 8)
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
                      (i64.const 8)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:96)
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
           (i64.store offset=8 align=1
            (local.get $t:93)
            (select
             (i64.const 9221120237041090560)
             (i64.reinterpret_f64
              (local.get $t:94)
             )
             (f64.ne
              (local.get $t:94)
              (local.get $t:94)
             )
            )
           )
          )
          (local.set $len
           (i32.add
            (local.get $len)
            (i32.const 1)
           )
          )
          (local.set $k
           (i32.add
            (local.get $k)
            (i32.const 1)
           )
          )
          (br $each4)
         )
        )
        (block
         (local.set $t:98
          (i64.extend_i32_u
           (local.get $list)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:98)
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
              (local.get $t:98)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:98)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:98)
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
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:99
                  (i64.add
                   (i64.add
                    (local.get $t:98)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:98)
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
                  (i64.const 4)
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
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:98)
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
         (i32.store align=1
          (local.get $list)
          (local.get $len)
         )
        )
        (local.get $list)
       )
      )
      (block
       (local.set $t:100
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
           (local.get $t:100)
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
            (local.get $t:100)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:100)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:100)
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
             (local.get $t:100)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:100)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:100)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:100)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:101
                (i64.add
                 (i64.add
                  (local.get $t:100)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:100)
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
                 (local.get $t:101)
                 (i64.gt_u
                  (local.get $t:101)
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
                (local.get $t:100)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:101
                (i64.add
                 (i64.add
                  (local.get $t:100)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:100)
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
                  (local.get $t:101)
                  (i64.gt_u
                   (local.get $t:101)
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
        (local.get $celsius)
       )
      )
      (local.set $count
       (block $e7 (result i64)
        (local.set $xs.1
         (local.get $readings)
        )
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
       )
      )
      (block
       (local.set $t:102
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
        (local.get $dict)
        (local.get $count)
       )
      )
      (local.set $sensors
       (if (result i32)
        (block $e10 (result i32)
         (local.set $xs.3
          (block $e11 (result i32)
           (local.set $xs.2
            (local.get $readings)
           )
           (local.set $size.1
            (i64.add
             (i64.const 4)
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
              (i64.const 4)
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
               (i32.const 9)
              )
              (unreachable)
             )
            )
           )
           (local.set $list.1
            (block (result i32)
             (local.set $t:104
              (i32.wrap_i64
               (local.get $size.1)
              )
             )
             (local.set $t:105
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
             (local.set $t:106
              (i64.add
               (local.get $t:105)
               (i64.extend_i32_u
                (local.get $t:104)
               )
              )
             )
             (if
              (i64.gt_u
               (local.get $t:106)
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
               (local.get $t:106)
              )
             )
             (if
              (i64.gt_u
               (local.get $t:106)
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (global.set $tetra:high_span
                (i64.sub
                 (local.get $t:106)
                 (global.get $tetra:scratch_start)
                )
               )
              )
             )
             (i32.wrap_i64
              (local.get $t:105)
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
           (local.set $k.1
            (i32.const 0)
           )
           (block
            (local.set $t:107
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
            (local.set $t:108
             (i64.sub
              (i64.extend_i32_u
               (local.get $n.1)
              )
              (i64.const 1)
             )
            )
            (local.set $t:109
             (i64.add
              (i64.add
               (i64.extend_i32_u
                (local.get $xs.2)
               )
               (i64.mul
                (local.get $t:108)
                (i64.const 4)
               )
              )
              (i64.const 8)
             )
            )
            (local.set $t:110
             (i64.add
              (i64.extend_i32_u
               (local.get $len.1)
              )
              (i64.sub
               (local.get $t:107)
               (i64.const 1)
              )
             )
            )
            (local.set $t:111
             (i64.add
              (i64.add
               (i64.extend_i32_u
                (local.get $list.1)
               )
               (i64.mul
                (local.get $t:110)
                (i64.const 4)
               )
              )
              (i64.const 8)
             )
            )
            (if
             (i32.and
              (i64.lt_u
               (local.get $t:107)
               (local.get $t:fuel)
              )
              (i32.or
               (i64.eqz
                (local.get $t:107)
               )
               (i32.and
                (i64.le_u
                 (local.get $t:109)
                 (global.get $tetra:arena)
                )
                (i32.and
                 (i32.and
                  (i64.lt_u
                   (local.get $t:107)
                   (i64.const 4294967296)
                  )
                  (i64.lt_u
                   (local.get $t:110)
                   (i64.const 4294967296)
                  )
                 )
                 (i64.le_u
                  (local.get $t:111)
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
                  (local.get $t:107)
                  (i64.const 1)
                 )
                 (i64.const 1)
                )
               )
              )
              (if
               (i64.ne
                (local.get $t:107)
                (i64.const 0)
               )
               (then
                (block
                 (local.set $t:112
                  (i64.add
                   (i64.add
                    (i64.extend_i32_u
                     (local.get $list.1)
                    )
                    (i64.mul
                     (i64.extend_i32_u
                      (local.get $len.1)
                     )
                     (i64.const 4)
                    )
                   )
                   (i64.const 4)
                  )
                 )
                 (if
                  (i64.lt_u
                   (local.get $t:112)
                   (global.get $tetra:scratch_start)
                  )
                  (then
                   (if
                    (i64.lt_u
                     (local.get $t:112)
                     (global.get $tetra:low_start)
                    )
                    (then
                     (global.set $tetra:low_start
                      (local.get $t:112)
                     )
                    )
                   )
                   (if
                    (i64.gt_u
                     (local.get $t:111)
                     (global.get $tetra:low_end)
                    )
                    (then
                     (local.set $t:113
                      (i64.add
                       (local.get $t:111)
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (local.get $t:111)
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
                       (local.get $t:113)
                       (i64.gt_u
                        (local.get $t:113)
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
                     (local.get $t:111)
                     (i64.add
                      (global.get $tetra:scratch_start)
                      (global.get $tetra:high_span)
                     )
                    )
                    (then
                     (local.set $t:113
                      (i64.add
                       (local.get $t:111)
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (local.get $t:111)
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
                        (local.get $t:113)
                        (i64.gt_u
                         (local.get $t:113)
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
              (block $block13:fast
               (loop $each14:fast
                (br_if $block13:fast
                 (i32.ge_u
                  (local.get $k.1)
                  (local.get $n.1)
                 )
                )
                (local.set $x.1
                 (block (result i32)
                  (local.set $t:114
                   (i32.add
                    (local.get $xs.2)
                    (i32.mul
                     (local.get $k.1)
                     (i32.const 4)
                    )
                   )
                  )
                  (i32.load offset=4 align=1
                   (local.get $t:114)
                  )
                 )
                )
                (local.set $r.1
                 (local.get $x.1)
                )
                (block
                 (local.set $t:115
                  (i32.add
                   (local.get $list.1)
                   (i32.mul
                    (local.get $len.1)
                    (i32.const 4)
                   )
                  )
                 )
                 (local.set $t:116
                  (block (result i32)
                   (if
                    (i64.gt_u
                     (i64.add
                      (i64.extend_i32_u
                       (local.get $r.1)
                      )
                      (i64.const 4)
                     )
                     (global.get $tetra:arena)
                    )
                    (then
                     (call $tetra:trap
                      (i32.const 17)
                      (i32.const 10)
                     )
                     (unreachable)
                    )
                   )
                   (i32.load align=1
                    (local.get $r.1)
                   )
                  )
                 )
                 (i32.store offset=4 align=1
                  (local.get $t:115)
                  (local.get $t:116)
                 )
                )
                (local.set $len.1
                 (i32.add
                  (local.get $len.1)
                  (i32.const 1)
                 )
                )
                (local.set $k.1
                 (i32.add
                  (local.get $k.1)
                  (i32.const 1)
                 )
                )
                (br $each14:fast)
               )
              )
             )
             (else
              (block $block13
               (loop $each14
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
                (br_if $block13
                 (i32.ge_u
                  (local.get $k.1)
                  (local.get $n.1)
                 )
                )
                (local.set $x.1
                 (block (result i32)
                  (local.set $t:117
                   (i32.add
                    (local.get $xs.2)
                    (i32.mul
                     (local.get $k.1)
                     (i32.const 4)
                    )
                   )
                  )
                  (if
                   (i64.gt_u
                    (i64.add
                     (i64.extend_i32_u
                      (local.get $t:117)
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
                   (local.get $t:117)
                  )
                 )
                )
                (local.set $r.1
                 (local.get $x.1)
                )
                (block
                 (local.set $t:118
                  (i32.add
                   (local.get $list.1)
                   (i32.mul
                    (local.get $len.1)
                    (i32.const 4)
                   )
                  )
                 )
                 (local.set $t:119
                  (block (result i32)
                   (if
                    (i64.gt_u
                     (i64.add
                      (i64.extend_i32_u
                       (local.get $r.1)
                      )
                      (i64.const 4)
                     )
                     (global.get $tetra:arena)
                    )
                    (then
                     (call $tetra:trap
                      (i32.const 17)
                      (i32.const 10)
                     )
                     (unreachable)
                    )
                   )
                   (i32.load align=1
                    (local.get $r.1)
                   )
                  )
                 )
                 (local.set $t:120
                  (i64.add
                   (i64.extend_i32_u
                    (local.get $t:118)
                   )
                   (i64.const 4)
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.sub
                    (i64.add
                     (local.get $t:120)
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
                      (local.get $t:120)
                      (global.get $tetra:low_start)
                     )
                     (i64.gt_u
                      (i64.add
                       (local.get $t:120)
                       (i64.const 4)
                      )
                      (global.get $tetra:low_end)
                     )
                    )
                    (then
                     (if
                      (i64.gt_u
                       (i64.add
                        (local.get $t:120)
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
                          (i64.const 4)
                         )
                         (global.get $tetra:low_end)
                        )
                        (then
                         (local.set $t:121
                          (i64.add
                           (i64.add
                            (local.get $t:120)
                            (i64.const 4)
                           )
                           (i64.add
                            (i64.const 64)
                            (i64.shr_u
                             (i64.sub
                              (i64.add
                               (local.get $t:120)
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
                          (i64.const 4)
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
                            (i64.const 4)
                           )
                           (i64.add
                            (i64.const 64)
                            (i64.shr_u
                             (i64.sub
                              (i64.add
                               (local.get $t:120)
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
                 (i32.store offset=4 align=1
                  (local.get $t:118)
                  (local.get $t:119)
                 )
                )
                (local.set $len.1
                 (i32.add
                  (local.get $len.1)
                  (i32.const 1)
                 )
                )
                (local.set $k.1
                 (i32.add
                  (local.get $k.1)
                  (i32.const 1)
                 )
                )
                (br $each14)
               )
              )
             )
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
         (local.set $unique
          (i32.const 1)
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
         (local.set $i
          (i32.const 0)
         )
         (block $block17
          (loop $loop18
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
           (br_if $block17
            (i32.ge_u
             (local.get $i)
             (local.get $n.2)
            )
           )
           (local.set $j
            (i32.add
             (local.get $i)
             (i32.const 1)
            )
           )
           (loop $loop19
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
            (if
             (i32.lt_u
              (local.get $j)
              (local.get $n.2)
             )
             (then
              (if
               (block (result i32)
                (local.set $t:126
                 (call $rt.str_eq
                  (block (result i32)
                   (local.set $t:124
                    (i32.add
                     (local.get $xs.3)
                     (i32.mul
                      (local.get $i)
                      (i32.const 4)
                     )
                    )
                   )
                   (if
                    (i64.gt_u
                     (i64.add
                      (i64.extend_i32_u
                       (local.get $t:124)
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
                    (local.get $t:124)
                   )
                  )
                  (block (result i32)
                   (local.set $t:125
                    (i32.add
                     (local.get $xs.3)
                     (i32.mul
                      (local.get $j)
                      (i32.const 4)
                     )
                    )
                   )
                   (if
                    (i64.gt_u
                     (i64.add
                      (i64.extend_i32_u
                       (local.get $t:125)
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
                    (local.get $t:125)
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
                  (local.get $t:126)
                 )
                )
                (tuple.extract 2 0
                 (local.get $t:126)
                )
               )
               (then
                (local.set $unique
                 (i32.const 0)
                )
                (br $block17)
               )
              )
              (local.set $j
               (i32.add
                (local.get $j)
                (i32.const 1)
               )
              )
              (br $loop19)
             )
            )
           )
           (local.set $i
            (i32.add
             (local.get $i)
             (i32.const 1)
            )
           )
           (br $loop18)
          )
         )
         (local.get $unique)
        )
        (then
         (i32.const 10880)
        )
        (else
         (i32.const 10892)
        )
       )
      )
      (block
       (local.set $t:127
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
           (local.get $t:127)
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
            (local.get $t:127)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:127)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:127)
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
             (local.get $t:127)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:127)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:127)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:127)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:128
                (i64.add
                 (i64.add
                  (local.get $t:127)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:127)
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
                 (local.get $t:128)
                 (i64.gt_u
                  (local.get $t:128)
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
                (local.get $t:127)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:128
                (i64.add
                 (i64.add
                  (local.get $t:127)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:127)
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
                  (local.get $t:128)
                  (i64.gt_u
                   (local.get $t:128)
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
        (local.get $sensors)
       )
      )
      (local.set $max_c
       (block $e22 (result f64)
        (local.set $xs.4
         (local.get $celsius)
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
            (i32.const 11)
           )
           (unreachable)
          )
         )
        )
        (local.set $first
         (i32.const 1)
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
        (local.set $k.2
         (i32.const 0)
        )
        (block
         (local.set $t:129
          (i64.extend_i32_u
           (select
            (i32.sub
             (local.get $n.3)
             (local.get $k.2)
            )
            (i32.const 0)
            (i32.gt_u
             (local.get $n.3)
             (local.get $k.2)
            )
           )
          )
         )
         (local.set $t:130
          (i64.sub
           (i64.extend_i32_u
            (local.get $n.3)
           )
           (i64.const 1)
          )
         )
         (local.set $t:131
          (i64.add
           (i64.add
            (i64.extend_i32_u
             (local.get $xs.4)
            )
            (i64.mul
             (local.get $t:130)
             (i64.const 8)
            )
           )
           (i64.const 16)
          )
         )
         (if
          (i32.and
           (i64.lt_u
            (local.get $t:129)
            (local.get $t:fuel)
           )
           (i32.or
            (i64.eqz
             (local.get $t:129)
            )
            (i64.le_u
             (local.get $t:131)
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
               (local.get $t:129)
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
               (local.get $k.2)
               (local.get $n.3)
              )
             )
             (local.set $x.2
              (block (result f64)
               (local.set $t:132
                (i32.add
                 (local.get $xs.4)
                 (i32.mul
                  (local.get $k.2)
                  (i32.const 8)
                 )
                )
               )
               (f64.load offset=8 align=1
                (local.get $t:132)
               )
              )
             )
             (local.set $x.3
              (local.get $x.2)
             )
             (if
              (i32.or
               (local.get $first)
               (f64.gt
                (local.get $x.3)
                (local.get $best)
               )
              )
              (then
               (local.set $best
                (local.get $x.3)
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
               (local.get $k.2)
               (local.get $n.3)
              )
             )
             (local.set $x.2
              (block (result f64)
               (local.set $t:133
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
                   (local.get $t:133)
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
                (local.get $t:133)
               )
              )
             )
             (local.set $x.3
              (local.get $x.2)
             )
             (if
              (i32.or
               (local.get $first)
               (f64.gt
                (local.get $x.3)
                (local.get $best)
               )
              )
              (then
               (local.set $best
                (local.get $x.3)
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
             (br $each25)
            )
           )
          )
         )
        )
        (local.get $best)
       )
      )
      (block
       (local.set $t:134
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
           (local.get $t:134)
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
            (local.get $t:134)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:134)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:134)
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
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:135
                (i64.add
                 (i64.add
                  (local.get $t:134)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:134)
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
                (i64.const 8)
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
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:134)
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
       (i64.store offset=24 align=1
        (local.get $dict)
        (select
         (i64.const 9221120237041090560)
         (i64.reinterpret_f64
          (local.get $max_c)
         )
         (f64.ne
          (local.get $max_c)
          (local.get $max_c)
         )
        )
       )
      )
      (local.set $min_c
       (block $e26 (result f64)
        (local.set $xs.5
         (local.get $celsius)
        )
        (if
         (i32.eqz
          (block (result i32)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $xs.5)
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
            (local.get $xs.5)
           )
          )
         )
         (then
          (block
           (call $tetra:trap
            (i32.const 4)
            (i32.const 12)
           )
           (unreachable)
          )
         )
        )
        (local.set $first.1
         (i32.const 1)
        )
        (local.set $n.4
         (block (result i32)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $xs.5)
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
           (local.get $xs.5)
          )
         )
        )
        (local.set $k.3
         (i32.const 0)
        )
        (block
         (local.set $t:136
          (i64.extend_i32_u
           (select
            (i32.sub
             (local.get $n.4)
             (local.get $k.3)
            )
            (i32.const 0)
            (i32.gt_u
             (local.get $n.4)
             (local.get $k.3)
            )
           )
          )
         )
         (local.set $t:137
          (i64.sub
           (i64.extend_i32_u
            (local.get $n.4)
           )
           (i64.const 1)
          )
         )
         (local.set $t:138
          (i64.add
           (i64.add
            (i64.extend_i32_u
             (local.get $xs.5)
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
           (block $block28:fast
            (loop $each29:fast
             (br_if $block28:fast
              (i32.ge_u
               (local.get $k.3)
               (local.get $n.4)
              )
             )
             (local.set $x.4
              (block (result f64)
               (local.set $t:139
                (i32.add
                 (local.get $xs.5)
                 (i32.mul
                  (local.get $k.3)
                  (i32.const 8)
                 )
                )
               )
               (f64.load offset=8 align=1
                (local.get $t:139)
               )
              )
             )
             (local.set $x.5
              (local.get $x.4)
             )
             (if
              (i32.or
               (local.get $first.1)
               (f64.lt
                (local.get $x.5)
                (local.get $best.1)
               )
              )
              (then
               (local.set $best.1
                (local.get $x.5)
               )
               (local.set $first.1
                (i32.const 0)
               )
              )
             )
             (local.set $k.3
              (i32.add
               (local.get $k.3)
               (i32.const 1)
              )
             )
             (br $each29:fast)
            )
           )
          )
          (else
           (block $block28
            (loop $each29
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
             (br_if $block28
              (i32.ge_u
               (local.get $k.3)
               (local.get $n.4)
              )
             )
             (local.set $x.4
              (block (result f64)
               (local.set $t:140
                (i32.add
                 (local.get $xs.5)
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
             (local.set $x.5
              (local.get $x.4)
             )
             (if
              (i32.or
               (local.get $first.1)
               (f64.lt
                (local.get $x.5)
                (local.get $best.1)
               )
              )
              (then
               (local.set $best.1
                (local.get $x.5)
               )
               (local.set $first.1
                (i32.const 0)
               )
              )
             )
             (local.set $k.3
              (i32.add
               (local.get $k.3)
               (i32.const 1)
              )
             )
             (br $each29)
            )
           )
          )
         )
        )
        (local.get $best.1)
       )
      )
      (block
       (local.set $t:141
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
           (local.get $t:141)
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
            (local.get $t:141)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:141)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:141)
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
             (local.get $t:141)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:141)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:141)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:141)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:142
                (i64.add
                 (i64.add
                  (local.get $t:141)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:141)
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
                 (local.get $t:142)
                 (i64.gt_u
                  (local.get $t:142)
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
                (local.get $t:141)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:142
                (i64.add
                 (i64.add
                  (local.get $t:141)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:141)
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
                  (local.get $t:142)
                  (i64.gt_u
                   (local.get $t:142)
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
          (local.get $min_c)
         )
         (f64.ne
          (local.get $min_c)
          (local.get $min_c)
         )
        )
       )
      )
      (local.set $mean_c
       (block (result f64)
        (local.set $t:143
         (block $e31 (result f64)
          (local.set $xs.6
           (local.get $celsius)
          )
          (local.set $sum
           (f64.const 0)
          )
          (local.set $n.5
           (block (result i32)
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $xs.6)
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
             (local.get $xs.6)
            )
           )
          )
          (local.set $k.4
           (i32.const 0)
          )
          (block
           (local.set $t:144
            (i64.extend_i32_u
             (select
              (i32.sub
               (local.get $n.5)
               (local.get $k.4)
              )
              (i32.const 0)
              (i32.gt_u
               (local.get $n.5)
               (local.get $k.4)
              )
             )
            )
           )
           (local.set $t:145
            (i64.sub
             (i64.extend_i32_u
              (local.get $n.5)
             )
             (i64.const 1)
            )
           )
           (local.set $t:146
            (i64.add
             (i64.add
              (i64.extend_i32_u
               (local.get $xs.6)
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
             (block $block33:fast
              (loop $each34:fast
               (br_if $block33:fast
                (i32.ge_u
                 (local.get $k.4)
                 (local.get $n.5)
                )
               )
               (local.set $x.6
                (block (result f64)
                 (local.set $t:147
                  (i32.add
                   (local.get $xs.6)
                   (i32.mul
                    (local.get $k.4)
                    (i32.const 8)
                   )
                  )
                 )
                 (f64.load offset=8 align=1
                  (local.get $t:147)
                 )
                )
               )
               (local.set $sum
                (f64.add
                 (local.get $sum)
                 (local.get $x.6)
                )
               )
               (local.set $k.4
                (i32.add
                 (local.get $k.4)
                 (i32.const 1)
                )
               )
               (br $each34:fast)
              )
             )
            )
            (else
             (block $block33
              (loop $each34
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
               (br_if $block33
                (i32.ge_u
                 (local.get $k.4)
                 (local.get $n.5)
                )
               )
               (local.set $x.6
                (block (result f64)
                 (local.set $t:148
                  (i32.add
                   (local.get $xs.6)
                   (i32.mul
                    (local.get $k.4)
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
               (local.set $sum
                (f64.add
                 (local.get $sum)
                 (local.get $x.6)
                )
               )
               (local.set $k.4
                (i32.add
                 (local.get $k.4)
                 (i32.const 1)
                )
               )
               (br $each34)
              )
             )
            )
           )
          )
          (local.get $sum)
         )
        )
        (local.set $t:149
         (f64.convert_i64_s
          (block $e36 (result i64)
           (local.set $xs.7
            (local.get $celsius)
           )
           (i64.extend_i32_u
            (block (result i32)
             (if
              (i64.gt_u
               (i64.add
                (i64.extend_i32_u
                 (local.get $xs.7)
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
              (local.get $xs.7)
             )
            )
           )
          )
         )
        )
        (if
         (f64.eq
          (local.get $t:149)
          (f64.const 0)
         )
         (then
          (call $tetra:trap
           (i32.const 1)
           (i32.const 13)
          )
          (unreachable)
         )
        )
        (f64.div
         (local.get $t:143)
         (local.get $t:149)
        )
       )
      )
      (block
       (local.set $t:150
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
           (local.get $t:150)
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
            (local.get $t:150)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:150)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:150)
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
             (local.get $t:150)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:150)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:150)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:150)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:151
                (i64.add
                 (i64.add
                  (local.get $t:150)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:150)
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
                 (local.get $t:151)
                 (i64.gt_u
                  (local.get $t:151)
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
                (local.get $t:150)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:151
                (i64.add
                 (i64.add
                  (local.get $t:150)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:150)
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
                  (local.get $t:151)
                  (i64.gt_u
                   (local.get $t:151)
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
          (local.get $mean_c)
         )
         (f64.ne
          (local.get $mean_c)
          (local.get $mean_c)
         )
        )
       )
      )
      (local.set $report
       (block (result i32)
        (local.set $t:177
         (call $rt.str_join
          (block $e39 (result i32)
           (local.set $xs.8
            (local.get $readings)
           )
           (local.set $size.2
            (i64.add
             (i64.const 4)
             (i64.mul
              (i64.extend_i32_u
               (block (result i32)
                (if
                 (i64.gt_u
                  (i64.add
                   (i64.extend_i32_u
                    (local.get $xs.8)
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
                 (local.get $xs.8)
                )
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
               (i32.const 17)
              )
              (unreachable)
             )
            )
           )
           (local.set $list.2
            (block (result i32)
             (local.set $t:152
              (i32.wrap_i64
               (local.get $size.2)
              )
             )
             (local.set $t:153
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
             (local.set $t:154
              (i64.add
               (local.get $t:153)
               (i64.extend_i32_u
                (local.get $t:152)
               )
              )
             )
             (if
              (i64.gt_u
               (local.get $t:154)
               (i64.extend_i32_u
                (global.get $tetra:scratch_end)
               )
              )
              (then
               (call $tetra:trap
                (i32.const 15)
                (i32.const 17)
               )
               (unreachable)
              )
             )
             (global.set $tetra:scratch_ptr
              (i32.wrap_i64
               (local.get $t:154)
              )
             )
             (if
              (i64.gt_u
               (local.get $t:154)
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (global.set $tetra:high_span
                (i64.sub
                 (local.get $t:154)
                 (global.get $tetra:scratch_start)
                )
               )
              )
             )
             (i32.wrap_i64
              (local.get $t:153)
             )
            )
           )
           (local.set $len.2
            (i32.const 0)
           )
           (local.set $n.6
            (block (result i32)
             (if
              (i64.gt_u
               (i64.add
                (i64.extend_i32_u
                 (local.get $xs.8)
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
              (local.get $xs.8)
             )
            )
           )
           (local.set $k.5
            (i32.const 0)
           )
           (block $block41
            (loop $each42
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
             (br_if $block41
              (i32.ge_u
               (local.get $k.5)
               (local.get $n.6)
              )
             )
             (local.set $x.7
              (block (result i32)
               (local.set $t:155
                (i32.add
                 (local.get $xs.8)
                 (i32.mul
                  (local.get $k.5)
                  (i32.const 4)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $t:155)
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
                (local.get $t:155)
               )
              )
             )
             (local.set $r.2
              (local.get $x.7)
             )
             (block
              (local.set $t:156
               (i32.add
                (local.get $list.2)
                (i32.mul
                 (local.get $len.2)
                 (i32.const 4)
                )
               )
              )
              (local.set $t:157
               (block $e43 (result i32)
                (local.set $part
                 (block (result i32)
                  (if
                   (i64.gt_u
                    (i64.add
                     (i64.extend_i32_u
                      (local.get $r.2)
                     )
                     (i64.const 4)
                    )
                    (global.get $tetra:arena)
                   )
                   (then
                    (call $tetra:trap
                     (i32.const 17)
                     (i32.const 18)
                    )
                    (unreachable)
                   )
                  )
                  (i32.load align=1
                   (local.get $r.2)
                  )
                 )
                )
                (local.set $part.1
                 (block (result f64)
                  (local.set $t:158
                   (f64.convert_i64_s
                    (i64.trunc_sat_f64_s
                     (f64.nearest
                      (f64.mul
                       (block (result f64)
                        (local.set $t:159
                         (call $fn.to_celsius
                          (i32.const 0)
                          (local.get $r.2)
                          (block (result i32)
                           (if
                            (i32.ge_u
                             (local.get $t:depth)
                             (i32.const 1000)
                            )
                            (then
                             (call $tetra:trap
                              (i32.const 15)
                              (i32.const 22)
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
                          (local.get $t:159)
                         )
                        )
                        (tuple.extract 2 0
                         (local.get $t:159)
                        )
                       )
                       (f64.const 10)
                      )
                     )
                    )
                   )
                  )
                  (if
                   (f64.eq
                    (f64.const 10)
                    (f64.const 0)
                   )
                   (then
                    (call $tetra:trap
                     (i32.const 1)
                     (i32.const 19)
                    )
                    (unreachable)
                   )
                  )
                  (f64.div
                   (local.get $t:158)
                   (f64.const 10)
                  )
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
                    (i32.const 23)
                   )
                   (unreachable)
                  )
                 )
                )
                (block
                 (local.set $t:160
                  (local.get $cur)
                 )
                 (local.set $t:161
                  (i32.add
                   (local.get $s)
                   (i32.const 4)
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.add
                    (i64.extend_i32_u
                     (local.get $t:161)
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
                    (i32.const 23)
                   )
                   (unreachable)
                  )
                 )
                 (local.set $t:162
                  (i64.extend_i32_u
                   (local.get $t:160)
                  )
                 )
                 (local.set $t:163
                  (i64.add
                   (local.get $t:162)
                   (i64.extend_i32_u
                    (local.get $slen)
                   )
                  )
                 )
                 (if
                  (i32.or
                   (i64.lt_u
                    (local.get $t:162)
                    (global.get $tetra:scratch_start)
                   )
                   (i64.gt_u
                    (i64.sub
                     (local.get $t:163)
                     (global.get $tetra:scratch_start)
                    )
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (if
                    (i32.or
                     (i64.lt_u
                      (local.get $t:162)
                      (global.get $tetra:low_start)
                     )
                     (i64.gt_u
                      (local.get $t:163)
                      (global.get $tetra:low_end)
                     )
                    )
                    (then
                     (if
                      (i64.gt_u
                       (local.get $t:163)
                       (global.get $tetra:arena)
                      )
                      (then
                       (call $tetra:trap
                        (i32.const 17)
                        (i32.const 23)
                       )
                       (unreachable)
                      )
                     )
                     (if
                      (i64.lt_u
                       (local.get $t:162)
                       (global.get $tetra:scratch_start)
                      )
                      (then
                       (if
                        (i64.lt_u
                         (local.get $t:162)
                         (global.get $tetra:low_start)
                        )
                        (then
                         (global.set $tetra:low_start
                          (local.get $t:162)
                         )
                        )
                       )
                       (if
                        (i64.gt_u
                         (local.get $t:163)
                         (global.get $tetra:low_end)
                        )
                        (then
                         (local.set $t:164
                          (i64.add
                           (local.get $t:163)
                           (i64.add
                            (i64.const 64)
                            (i64.shr_u
                             (i64.sub
                              (local.get $t:163)
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
                           (local.get $t:164)
                           (i64.gt_u
                            (local.get $t:164)
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
                         (local.get $t:163)
                         (i64.add
                          (global.get $tetra:scratch_start)
                          (global.get $tetra:high_span)
                         )
                        )
                        (then
                         (local.set $t:164
                          (i64.add
                           (local.get $t:163)
                           (i64.add
                            (i64.const 64)
                            (i64.shr_u
                             (i64.sub
                              (local.get $t:163)
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
                            (local.get $t:164)
                            (i64.gt_u
                             (local.get $t:164)
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
                  (local.get $t:160)
                  (local.get $t:161)
                  (local.get $slen)
                 )
                )
                (local.set $cur
                 (i32.add
                  (local.get $cur)
                  (local.get $slen)
                 )
                )
                (if
                 (i32.gt_u
                  (i32.add
                   (local.get $cur)
                   (i32.const 331)
                  )
                  (global.get $tetra:scratch_end)
                 )
                 (then
                  (block
                   (call $tetra:trap
                    (i32.const 15)
                    (i32.const 23)
                   )
                   (unreachable)
                  )
                 )
                )
                (block
                 (local.set $t:165
                  (i64.extend_i32_u
                   (local.get $cur)
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.sub
                    (i64.add
                     (local.get $t:165)
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
                      (local.get $t:165)
                      (global.get $tetra:low_start)
                     )
                     (i64.gt_u
                      (i64.add
                       (local.get $t:165)
                       (i64.const 1)
                      )
                      (global.get $tetra:low_end)
                     )
                    )
                    (then
                     (if
                      (i64.gt_u
                       (i64.add
                        (local.get $t:165)
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
                       (local.get $t:165)
                       (global.get $tetra:scratch_start)
                      )
                      (then
                       (if
                        (i64.lt_u
                         (local.get $t:165)
                         (global.get $tetra:low_start)
                        )
                        (then
                         (global.set $tetra:low_start
                          (local.get $t:165)
                         )
                        )
                       )
                       (if
                        (i64.gt_u
                         (i64.add
                          (local.get $t:165)
                          (i64.const 1)
                         )
                         (global.get $tetra:low_end)
                        )
                        (then
                         (local.set $t:166
                          (i64.add
                           (i64.add
                            (local.get $t:165)
                            (i64.const 1)
                           )
                           (i64.add
                            (i64.const 64)
                            (i64.shr_u
                             (i64.sub
                              (i64.add
                               (local.get $t:165)
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
                           (local.get $t:166)
                           (i64.gt_u
                            (local.get $t:166)
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
                          (local.get $t:165)
                          (i64.const 1)
                         )
                         (i64.add
                          (global.get $tetra:scratch_start)
                          (global.get $tetra:high_span)
                         )
                        )
                        (then
                         (local.set $t:166
                          (i64.add
                           (i64.add
                            (local.get $t:165)
                            (i64.const 1)
                           )
                           (i64.add
                            (i64.const 64)
                            (i64.shr_u
                             (i64.sub
                              (i64.add
                               (local.get $t:165)
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
                            (local.get $t:166)
                            (i64.gt_u
                             (local.get $t:166)
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
                  (i32.const 61)
                 )
                )
                (local.set $cur
                 (i32.add
                  (local.get $cur)
                  (i32.const 1)
                 )
                )
                (local.set $cur
                 (i32.add
                  (local.get $cur)
                  (block (result i32)
                   (local.set $t:167
                    (call $rt.float_text_write
                     (local.get $part.1)
                     (local.get $cur)
                     (block (result i32)
                      (if
                       (i32.ge_u
                        (local.get $t:depth)
                        (i32.const 1000)
                       )
                       (then
                        (call $tetra:trap
                         (i32.const 15)
                         (i32.const 23)
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
                     (local.get $t:167)
                    )
                   )
                   (tuple.extract 2 0
                    (local.get $t:167)
                   )
                  )
                 )
                )
                (local.set $len.3
                 (i32.sub
                  (i32.sub
                   (local.get $cur)
                   (local.get $text)
                  )
                  (i32.const 4)
                 )
                )
                (block
                 (local.set $t:168
                  (i64.extend_i32_u
                   (local.get $text)
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.sub
                    (i64.add
                     (local.get $t:168)
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
                      (local.get $t:168)
                      (global.get $tetra:low_start)
                     )
                     (i64.gt_u
                      (i64.add
                       (local.get $t:168)
                       (i64.const 4)
                      )
                      (global.get $tetra:low_end)
                     )
                    )
                    (then
                     (if
                      (i64.gt_u
                       (i64.add
                        (local.get $t:168)
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
                       (local.get $t:168)
                       (global.get $tetra:scratch_start)
                      )
                      (then
                       (if
                        (i64.lt_u
                         (local.get $t:168)
                         (global.get $tetra:low_start)
                        )
                        (then
                         (global.set $tetra:low_start
                          (local.get $t:168)
                         )
                        )
                       )
                       (if
                        (i64.gt_u
                         (i64.add
                          (local.get $t:168)
                          (i64.const 4)
                         )
                         (global.get $tetra:low_end)
                        )
                        (then
                         (local.set $t:169
                          (i64.add
                           (i64.add
                            (local.get $t:168)
                            (i64.const 4)
                           )
                           (i64.add
                            (i64.const 64)
                            (i64.shr_u
                             (i64.sub
                              (i64.add
                               (local.get $t:168)
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
                           (local.get $t:169)
                           (i64.gt_u
                            (local.get $t:169)
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
                          (local.get $t:168)
                          (i64.const 4)
                         )
                         (i64.add
                          (global.get $tetra:scratch_start)
                          (global.get $tetra:high_span)
                         )
                        )
                        (then
                         (local.set $t:169
                          (i64.add
                           (i64.add
                            (local.get $t:168)
                            (i64.const 4)
                           )
                           (i64.add
                            (i64.const 64)
                            (i64.shr_u
                             (i64.sub
                              (i64.add
                               (local.get $t:168)
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
                            (local.get $t:169)
                            (i64.gt_u
                             (local.get $t:169)
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
                  (local.get $len.3)
                 )
                )
                (block (result i32)
                 (local.set $t:170
                  (i32.add
                   (local.get $len.3)
                   (i32.const 4)
                  )
                 )
                 (local.set $t:171
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
                 (local.set $t:172
                  (i64.add
                   (local.get $t:171)
                   (i64.extend_i32_u
                    (local.get $t:170)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (local.get $t:172)
                   (i64.extend_i32_u
                    (global.get $tetra:scratch_end)
                   )
                  )
                  (then
                   (call $tetra:trap
                    (i32.const 15)
                    (i32.const 23)
                   )
                   (unreachable)
                  )
                 )
                 (global.set $tetra:scratch_ptr
                  (i32.wrap_i64
                   (local.get $t:172)
                  )
                 )
                 (if
                  (i64.gt_u
                   (local.get $t:172)
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (global.set $tetra:high_span
                    (i64.sub
                     (local.get $t:172)
                     (global.get $tetra:scratch_start)
                    )
                   )
                  )
                 )
                 (i32.wrap_i64
                  (local.get $t:171)
                 )
                )
               )
              )
              (local.set $t:173
               (i64.add
                (i64.extend_i32_u
                 (local.get $t:156)
                )
                (i64.const 4)
               )
              )
              (if
               (i64.gt_u
                (i64.sub
                 (i64.add
                  (local.get $t:173)
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
                   (local.get $t:173)
                   (global.get $tetra:low_start)
                  )
                  (i64.gt_u
                   (i64.add
                    (local.get $t:173)
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                 )
                 (then
                  (if
                   (i64.gt_u
                    (i64.add
                     (local.get $t:173)
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
                    (local.get $t:173)
                    (global.get $tetra:scratch_start)
                   )
                   (then
                    (if
                     (i64.lt_u
                      (local.get $t:173)
                      (global.get $tetra:low_start)
                     )
                     (then
                      (global.set $tetra:low_start
                       (local.get $t:173)
                      )
                     )
                    )
                    (if
                     (i64.gt_u
                      (i64.add
                       (local.get $t:173)
                       (i64.const 4)
                      )
                      (global.get $tetra:low_end)
                     )
                     (then
                      (local.set $t:174
                       (i64.add
                        (i64.add
                         (local.get $t:173)
                         (i64.const 4)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:173)
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
                        (local.get $t:174)
                        (i64.gt_u
                         (local.get $t:174)
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
                       (local.get $t:173)
                       (i64.const 4)
                      )
                      (i64.add
                       (global.get $tetra:scratch_start)
                       (global.get $tetra:high_span)
                      )
                     )
                     (then
                      (local.set $t:174
                       (i64.add
                        (i64.add
                         (local.get $t:173)
                         (i64.const 4)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:173)
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
                         (local.get $t:174)
                         (i64.gt_u
                          (local.get $t:174)
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
               (local.get $t:156)
               (local.get $t:157)
              )
             )
             (local.set $len.2
              (i32.add
               (local.get $len.2)
               (i32.const 1)
              )
             )
             (local.set $k.5
              (i32.add
               (local.get $k.5)
               (i32.const 1)
              )
             )
             (br $each42)
            )
           )
           (block
            (local.set $t:175
             (i64.extend_i32_u
              (local.get $list.2)
             )
            )
            (if
             (i64.gt_u
              (i64.sub
               (i64.add
                (local.get $t:175)
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
                 (local.get $t:175)
                 (global.get $tetra:low_start)
                )
                (i64.gt_u
                 (i64.add
                  (local.get $t:175)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
               )
               (then
                (if
                 (i64.gt_u
                  (i64.add
                   (local.get $t:175)
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
                  (local.get $t:175)
                  (global.get $tetra:scratch_start)
                 )
                 (then
                  (if
                   (i64.lt_u
                    (local.get $t:175)
                    (global.get $tetra:low_start)
                   )
                   (then
                    (global.set $tetra:low_start
                     (local.get $t:175)
                    )
                   )
                  )
                  (if
                   (i64.gt_u
                    (i64.add
                     (local.get $t:175)
                     (i64.const 4)
                    )
                    (global.get $tetra:low_end)
                   )
                   (then
                    (local.set $t:176
                     (i64.add
                      (i64.add
                       (local.get $t:175)
                       (i64.const 4)
                      )
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (i64.add
                          (local.get $t:175)
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
                      (local.get $t:176)
                      (i64.gt_u
                       (local.get $t:176)
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
                     (local.get $t:175)
                     (i64.const 4)
                    )
                    (i64.add
                     (global.get $tetra:scratch_start)
                     (global.get $tetra:high_span)
                    )
                   )
                   (then
                    (local.set $t:176
                     (i64.add
                      (i64.add
                       (local.get $t:175)
                       (i64.const 4)
                      )
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (i64.add
                          (local.get $t:175)
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
                       (local.get $t:176)
                       (i64.gt_u
                        (local.get $t:176)
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
          (i32.const 11104)
          (block (result i32)
           (if
            (i32.ge_u
             (local.get $t:depth)
             (i32.const 1000)
            )
            (then
             (call $tetra:trap
              (i32.const 15)
              (i32.const 16)
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
          (local.get $t:177)
         )
        )
        (tuple.extract 2 0
         (local.get $t:177)
        )
       )
      )
      (block
       (local.set $t:178
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
           (local.get $t:178)
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
            (local.get $t:178)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:178)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:178)
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
             (local.get $t:178)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:178)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:178)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:178)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:179
                (i64.add
                 (i64.add
                  (local.get $t:178)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:178)
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
                 (local.get $t:179)
                 (i64.gt_u
                  (local.get $t:179)
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
                (local.get $t:178)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:179
                (i64.add
                 (i64.add
                  (local.get $t:178)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:178)
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
                  (local.get $t:179)
                  (i64.gt_u
                   (local.get $t:179)
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
       (i32.store offset=48 align=1
        (local.get $dict)
        (local.get $report)
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
      (local.set $t:180
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
        (local.get $t:180)
       )
      )
      (tuple.extract 2 0
       (local.get $t:180)
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
        (i32.const 3)
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
        (local.set $t:181
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
          (local.get $t:181)
         )
        )
        (tuple.extract 2 0
         (local.get $t:181)
        )
       )
       (then
        (block
         (call $tetra:trap
          (i32.const 16)
          (i32.const 3)
         )
         (unreachable)
        )
       )
      )
      (block
       (call $tetra:trap
        (i32.const 15)
        (i32.const 3)
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

 (func $fn.to_celsius (param $env i32) (param $r i32) (param $t:depth i32) (param $t:fuel i64) (result f64 i64)
  (local $t:4 (tuple i32 i64))
  (local $t:5 f64)
  (tuple.make 2
   (block (result f64)
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
    (if (result f64)
     (block (result i32)
      (local.set $t:4
       (call $rt.str_eq
        (block (result i32)
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $r)
            )
            (i64.const 20)
           )
           (global.get $tetra:arena)
          )
          (then
           (call $tetra:trap
            (i32.const 17)
            (i32.const 25)
           )
           (unreachable)
          )
         )
         (i32.load offset=16 align=1
          (local.get $r)
         )
        )
        (i32.const 11464)
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
        (local.get $t:4)
       )
      )
      (tuple.extract 2 0
       (local.get $t:4)
      )
     )
     (then
      (block (result f64)
       (local.set $t:5
        (f64.mul
         (f64.sub
          (block (result f64)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $r)
              )
              (i64.const 16)
             )
             (global.get $tetra:arena)
            )
            (then
             (call $tetra:trap
              (i32.const 17)
              (i32.const 29)
             )
             (unreachable)
            )
           )
           (f64.load offset=8 align=1
            (local.get $r)
           )
          )
          (f64.const 32)
         )
         (f64.const 5)
        )
       )
       (if
        (f64.eq
         (f64.const 9)
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
        (local.get $t:5)
        (f64.const 9)
       )
      )
     )
     (else
      (block (result f64)
       (if
        (i64.gt_u
         (i64.add
          (i64.extend_i32_u
           (local.get $r)
          )
          (i64.const 16)
         )
         (global.get $tetra:arena)
        )
        (then
         (call $tetra:trap
          (i32.const 17)
          (i32.const 30)
         )
         (unreachable)
        )
       )
       (f64.load offset=8 align=1
        (local.get $r)
       )
      )
     )
    )
   )
   (local.get $t:fuel)
  )
 )
