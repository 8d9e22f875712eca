;; From libs/driver/testdata/emit-golden/enum-match.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
;; `tetra emit wat libs/driver/testdata/emit-golden/enum-match.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
;; (all but the rt.* runtime and the codec.* JSON codec), in module order.
;; Defined functions (52):
;;   $tetra:trap
;;   $codec.hex4
;;   $rt.utf8_valid
;;   $codec.str_check
;;   $codec.num_end
;;   $codec.json_valid
;;   $codec.str_end
;;   $codec.str_unescape
;;   $codec.skip
;;   $rt.parse_eisel_lemire
;;   $rt.decimal_shr
;;   $rt.decimal_shl
;;   $rt.decimal_round
;;   $rt.parse_float_slow
;;   $rt.parse_float
;;   $codec.dec.float.3
;;   $codec.dec.elems.2
;;   $codec.dec.int.5
;;   $codec.dec.fields.4
;;   $codec.dec.enum.1
;;   $codec.dec.list.0
;;   $main.args
;;   $eq.Shape
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
;;   $codec.enc.int.5
;;   $codec.enc.enum.4
;;   $codec.enc.list.3
;;   $codec.write_str
;;   $codec.enc.string.7
;;   $codec.enc.list.6
;;   $codec.enc.record.0
;;   $codec.nonfinite.float.2
;;   $codec.nonfinite.list.1
;;   $codec.nonfinite.enum.4
;;   $codec.nonfinite.list.3
;;   $codec.nonfinite.record.0
;;   $main
;;   $fn.area
;;   $fn.kind
;;   $tetra:sig_of
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
           (i32.const 6)
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
              (i32.const 1885431923)
             )
             (i32.eq
              (block (result i32)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $args_kp)
                  )
                  (i64.const 6)
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
               (i32.load16_u offset=4 align=1
                (local.get $args_kp)
               )
              )
              (i32.const 29541)
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

 (func $eq.Shape (param $a i32) (param $b i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
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
    (if
     (i32.eq
      (local.get $a)
      (local.get $b)
     )
     (then
      (return
       (tuple.make 2
        (i32.const 1)
        (local.get $t:fuel)
       )
      )
     )
    )
    (if
     (i32.ne
      (block (result i32)
       (if
        (i64.gt_u
         (i64.add
          (i64.extend_i32_u
           (local.get $a)
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
        (local.get $a)
       )
      )
      (block (result i32)
       (if
        (i64.gt_u
         (i64.add
          (i64.extend_i32_u
           (local.get $b)
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
        (local.get $b)
       )
      )
     )
     (then
      (return
       (tuple.make 2
        (i32.const 0)
        (local.get $t:fuel)
       )
      )
     )
    )
    (if
     (i32.eq
      (block (result i32)
       (if
        (i64.gt_u
         (i64.add
          (i64.extend_i32_u
           (local.get $a)
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
        (local.get $a)
       )
      )
      (i32.const 1)
     )
     (then
      (if
       (i32.eqz
        (i32.or
         (f64.eq
          (block (result f64)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $a)
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
            (local.get $a)
           )
          )
          (block (result f64)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $b)
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
            (local.get $b)
           )
          )
         )
         (i32.and
          (f64.ne
           (block (result f64)
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $a)
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
             (local.get $a)
            )
           )
           (block (result f64)
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $a)
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
             (local.get $a)
            )
           )
          )
          (f64.ne
           (block (result f64)
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $b)
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
             (local.get $b)
            )
           )
           (block (result f64)
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $b)
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
             (local.get $b)
            )
           )
          )
         )
        )
       )
       (then
        (return
         (tuple.make 2
          (i32.const 0)
          (local.get $t:fuel)
         )
        )
       )
      )
     )
    )
    (if
     (i32.eq
      (block (result i32)
       (if
        (i64.gt_u
         (i64.add
          (i64.extend_i32_u
           (local.get $a)
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
        (local.get $a)
       )
      )
      (i32.const 2)
     )
     (then
      (if
       (i32.eqz
        (i64.eq
         (block (result i64)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $a)
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
           (local.get $a)
          )
         )
         (block (result i64)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $b)
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
           (local.get $b)
          )
         )
        )
       )
       (then
        (return
         (tuple.make 2
          (i32.const 0)
          (local.get $t:fuel)
         )
        )
       )
      )
      (if
       (i32.eqz
        (i64.eq
         (block (result i64)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $a)
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
           (local.get $a)
          )
         )
         (block (result i64)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $b)
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
           (local.get $b)
          )
         )
        )
       )
       (then
        (return
         (tuple.make 2
          (i32.const 0)
          (local.get $t:fuel)
         )
        )
       )
      )
     )
    )
    (i32.const 1)
   )
   (local.get $t:fuel)
  )
 )

 (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $args i32)
  (local $shapes i32)
  (local $dict i32)
  (local $closure i32)
  (local $closure.1 i32)
  (local $xs i32)
  (local $size i64)
  (local $list i32)
  (local $len i32)
  (local $n i32)
  (local $k i32)
  (local $x i32)
  (local $s i32)
  (local $areas i32)
  (local $xs.1 i32)
  (local $size.1 i64)
  (local $list.1 i32)
  (local $len.1 i32)
  (local $n.1 i32)
  (local $k.1 i32)
  (local $x.1 i32)
  (local $s.1 i32)
  (local $kinds i32)
  (local $c i64)
  (local $c.1 i64)
  (local $obj i32)
  (local $item i32)
  (local $c.2 f64)
  (local $obj.1 i32)
  (local $item.1 i32)
  (local $item.2 i32)
  (local $size.2 i64)
  (local $list.2 i32)
  (local $len.2 i32)
  (local $xs.2 i32)
  (local $size.3 i64)
  (local $list.3 i32)
  (local $len.3 i32)
  (local $n.2 i32)
  (local $k.2 i32)
  (local $x.2 i32)
  (local $s.2 i32)
  (local $xs.3 i32)
  (local $needle i32)
  (local $found i32)
  (local $n.3 i32)
  (local $k.3 i32)
  (local $x.3 i32)
  (local $x.4 i32)
  (local $bigger i32)
  (local $result i32)
  (local $json_start i32)
  (local $json_end i32)
  (local $result.1 i32)
  (local $t:60 (tuple i32 i64))
  (local $t:61 i64)
  (local $t:62 i64)
  (local $t:63 i64)
  (local $t:64 i64)
  (local $t:65 i64)
  (local $t:66 i64)
  (local $t:67 i64)
  (local $t:68 i64)
  (local $t:69 i64)
  (local $t:70 i64)
  (local $t:71 i64)
  (local $t:72 i64)
  (local $t:73 i64)
  (local $t:74 i64)
  (local $t:75 i64)
  (local $t:76 i64)
  (local $t:77 i64)
  (local $t:78 i64)
  (local $t:79 i32)
  (local $t:80 i64)
  (local $t:81 i64)
  (local $t:82 i32)
  (local $t:83 i32)
  (local $t:84 f64)
  (local $t:85 (tuple f64 i64))
  (local $t:86 i64)
  (local $t:87 i64)
  (local $t:88 i64)
  (local $t:89 i64)
  (local $t:90 i64)
  (local $t:91 i64)
  (local $t:92 i32)
  (local $t:93 i64)
  (local $t:94 i64)
  (local $t:95 i32)
  (local $t:96 i32)
  (local $t:97 i32)
  (local $t:98 (tuple i32 i64))
  (local $t:99 i64)
  (local $t:100 i64)
  (local $t:101 i64)
  (local $t:102 i64)
  (local $t:103 i64)
  (local $t:104 i64)
  (local $t:105 i64)
  (local $t:106 i64)
  (local $t:107 i64)
  (local $t:108 i64)
  (local $t:109 i64)
  (local $t:110 i64)
  (local $t:111 i64)
  (local $t:112 i64)
  (local $t:113 i64)
  (local $t:114 i64)
  (local $t:115 i64)
  (local $t:116 i64)
  (local $t:117 i64)
  (local $t:118 i64)
  (local $t:119 i32)
  (local $t:120 i64)
  (local $t:121 i64)
  (local $t:122 i32)
  (local $t:123 i64)
  (local $t:124 i64)
  (local $t:125 i32)
  (local $t:126 i64)
  (local $t:127 i64)
  (local $t:128 i32)
  (local $t:129 i64)
  (local $t:130 i64)
  (local $t:131 i64)
  (local $t:132 i64)
  (local $t:133 i32)
  (local $t:134 i64)
  (local $t:135 i64)
  (local $t:136 i32)
  (local $t:137 i32)
  (local $t:138 (tuple i32 i64))
  (local $t:139 i32)
  (local $t:140 i64)
  (local $t:141 i64)
  (local $t:142 i64)
  (local $t:143 i64)
  (local $t:144 i64)
  (local $t:145 i64)
  (local $t:146 (tuple i32 i64))
  (local $t:147 (tuple i32 i64))
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
      (local.set $t:60
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
        (local.get $t:60)
       )
      )
      (tuple.extract 2 0
       (local.get $t:60)
      )
     )
    )
    (local.set $shapes
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
           (i32.const 20)
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
           (i32.const 3)
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
      (local.set $closure
       (block (result i32)
        (local.set $t:63
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
        (local.set $t:64
         (i64.add
          (local.get $t:63)
          (i64.extend_i32_u
           (i32.const 8)
          )
         )
        )
        (if
         (i64.gt_u
          (local.get $t:64)
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
          (local.get $t:64)
         )
        )
        (if
         (i64.gt_u
          (local.get $t:64)
          (i64.add
           (global.get $tetra:scratch_start)
           (global.get $tetra:high_span)
          )
         )
         (then
          (global.set $tetra:high_span
           (i64.sub
            (local.get $t:64)
            (global.get $tetra:scratch_start)
           )
          )
         )
        )
        (i32.wrap_i64
         (local.get $t:63)
        )
       )
      )
      (block
       (local.set $t:65
        (i64.extend_i32_u
         (local.get $closure)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:65)
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
            (local.get $t:65)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:65)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:65)
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
             (local.get $t:65)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:65)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:65)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:65)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:66
                (i64.add
                 (i64.add
                  (local.get $t:65)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:65)
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
               (i64.add
                (local.get $t:65)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:66
                (i64.add
                 (i64.add
                  (local.get $t:65)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:65)
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
       (i32.store align=1
        (local.get $closure)
        (i32.const 0)
       )
      )
      (block
       (local.set $t:67
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
       (i32.store offset=4 align=1
        (local.get $closure)
        (i32.const 0)
       )
      )
      (block
       (local.set $t:69
        (i64.extend_i32_u
         (local.get $dict)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:69)
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
            (local.get $t:69)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:69)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:69)
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
             (local.get $t:69)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:69)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:69)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:69)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:70
                (i64.add
                 (i64.add
                  (local.get $t:69)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:69)
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
                 (local.get $t:70)
                 (i64.gt_u
                  (local.get $t:70)
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
                (local.get $t:69)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:70
                (i64.add
                 (i64.add
                  (local.get $t:69)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:69)
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
                  (local.get $t:70)
                  (i64.gt_u
                   (local.get $t:70)
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
      (local.set $closure.1
       (block (result i32)
        (local.set $t:71
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
        (local.set $t:72
         (i64.add
          (local.get $t:71)
          (i64.extend_i32_u
           (i32.const 8)
          )
         )
        )
        (if
         (i64.gt_u
          (local.get $t:72)
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
          (local.get $t:72)
         )
        )
        (if
         (i64.gt_u
          (local.get $t:72)
          (i64.add
           (global.get $tetra:scratch_start)
           (global.get $tetra:high_span)
          )
         )
         (then
          (global.set $tetra:high_span
           (i64.sub
            (local.get $t:72)
            (global.get $tetra:scratch_start)
           )
          )
         )
        )
        (i32.wrap_i64
         (local.get $t:71)
        )
       )
      )
      (block
       (local.set $t:73
        (i64.extend_i32_u
         (local.get $closure.1)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:73)
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
            (local.get $t:73)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:73)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:73)
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
             (local.get $t:73)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:73)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:73)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:73)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:74
                (i64.add
                 (i64.add
                  (local.get $t:73)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:73)
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
                 (local.get $t:74)
                 (i64.gt_u
                  (local.get $t:74)
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
                (local.get $t:73)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:74
                (i64.add
                 (i64.add
                  (local.get $t:73)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:73)
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
                  (local.get $t:74)
                  (i64.gt_u
                   (local.get $t:74)
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
        (local.get $closure.1)
        (i32.const 1)
       )
      )
      (block
       (local.set $t:75
        (i64.add
         (i64.extend_i32_u
          (local.get $closure.1)
         )
         (i64.const 4)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:75)
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
            (local.get $t:75)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:75)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:75)
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
             (local.get $t:75)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:75)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:75)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:75)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:76
                (i64.add
                 (i64.add
                  (local.get $t:75)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:75)
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
                 (local.get $t:76)
                 (i64.gt_u
                  (local.get $t:76)
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
                (local.get $t:75)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:76
                (i64.add
                 (i64.add
                  (local.get $t:75)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:75)
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
                  (local.get $t:76)
                  (i64.gt_u
                   (local.get $t:76)
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
        (local.get $closure.1)
        (i32.const 0)
       )
      )
      (block
       (local.set $t:77
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
           (local.get $t:77)
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
            (local.get $t:77)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:77)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:77)
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
             (local.get $t:77)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:77)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:77)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:77)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:78
                (i64.add
                 (i64.add
                  (local.get $t:77)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:77)
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
                 (local.get $t:78)
                 (i64.gt_u
                  (local.get $t:78)
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
                (local.get $t:77)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:78
                (i64.add
                 (i64.add
                  (local.get $t:77)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:77)
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
                  (local.get $t:78)
                  (i64.gt_u
                   (local.get $t:78)
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
        (local.get $closure.1)
       )
      )
      (local.set $areas
       (block $e1 (result i32)
        (local.set $xs
         (local.get $shapes)
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
            (i32.const 6)
           )
           (unreachable)
          )
         )
        )
        (local.set $list
         (block (result i32)
          (local.set $t:79
           (i32.wrap_i64
            (local.get $size)
           )
          )
          (local.set $t:80
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
          (local.set $t:81
           (i64.add
            (local.get $t:80)
            (i64.extend_i32_u
             (local.get $t:79)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:81)
            (i64.extend_i32_u
             (global.get $tetra:scratch_end)
            )
           )
           (then
            (call $tetra:trap
             (i32.const 15)
             (i32.const 6)
            )
            (unreachable)
           )
          )
          (global.set $tetra:scratch_ptr
           (i32.wrap_i64
            (local.get $t:81)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:81)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:81)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:80)
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
            (local.set $t:82
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
                (local.get $t:82)
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
             (local.get $t:82)
            )
           )
          )
          (local.set $s
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
            (block (result f64)
             (local.set $t:85
              (call $fn.area
               (i32.const 0)
               (local.get $s)
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
           (local.set $t:86
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
           (i64.store offset=8 align=1
            (local.get $t:83)
            (select
             (i64.const 9221120237041090560)
             (i64.reinterpret_f64
              (local.get $t:84)
             )
             (f64.ne
              (local.get $t:84)
              (local.get $t:84)
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
         (local.set $t:88
          (i64.extend_i32_u
           (local.get $list)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:88)
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
              (local.get $t:88)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:88)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:88)
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
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:89
                  (i64.add
                   (i64.add
                    (local.get $t:88)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:88)
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
                  (i64.const 4)
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
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:88)
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
         (i32.store align=1
          (local.get $list)
          (local.get $len)
         )
        )
        (local.get $list)
       )
      )
      (block
       (local.set $t:90
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
       (i32.store offset=8 align=1
        (local.get $dict)
        (local.get $areas)
       )
      )
      (local.set $kinds
       (block $e7 (result i32)
        (local.set $xs.1
         (local.get $shapes)
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
            (i32.const 8)
           )
           (unreachable)
          )
         )
        )
        (local.set $list.1
         (block (result i32)
          (local.set $t:92
           (i32.wrap_i64
            (local.get $size.1)
           )
          )
          (local.set $t:93
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
          (local.set $t:94
           (i64.add
            (local.get $t:93)
            (i64.extend_i32_u
             (local.get $t:92)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:94)
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
            (local.get $t:94)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:94)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:94)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:93)
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
        (block $block9
         (loop $each10
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
          (br_if $block9
           (i32.ge_u
            (local.get $k.1)
            (local.get $n.1)
           )
          )
          (local.set $x.1
           (block (result i32)
            (local.set $t:95
             (i32.add
              (local.get $xs.1)
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
                (local.get $t:95)
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
             (local.get $t:95)
            )
           )
          )
          (local.set $s.1
           (local.get $x.1)
          )
          (block
           (local.set $t:96
            (i32.add
             (local.get $list.1)
             (i32.mul
              (local.get $len.1)
              (i32.const 4)
             )
            )
           )
           (local.set $t:97
            (block (result i32)
             (local.set $t:98
              (call $fn.kind
               (i32.const 0)
               (local.get $s.1)
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
           (local.set $t:99
            (i64.add
             (i64.extend_i32_u
              (local.get $t:96)
             )
             (i64.const 4)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:99)
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
                (local.get $t:99)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:99)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:99)
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
                 (local.get $t:99)
                 (global.get $tetra:scratch_start)
                )
                (then
                 (if
                  (i64.lt_u
                   (local.get $t:99)
                   (global.get $tetra:low_start)
                  )
                  (then
                   (global.set $tetra:low_start
                    (local.get $t:99)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:99)
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:100
                    (i64.add
                     (i64.add
                      (local.get $t:99)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:99)
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
                     (local.get $t:100)
                     (i64.gt_u
                      (local.get $t:100)
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
                    (local.get $t:99)
                    (i64.const 4)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:100
                    (i64.add
                     (i64.add
                      (local.get $t:99)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:99)
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
                      (local.get $t:100)
                      (i64.gt_u
                       (local.get $t:100)
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
            (local.get $t:96)
            (local.get $t:97)
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
          (br $each10)
         )
        )
        (block
         (local.set $t:101
          (i64.extend_i32_u
           (local.get $list.1)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:101)
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
              (local.get $t:101)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:101)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:101)
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
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:102
                  (i64.add
                   (i64.add
                    (local.get $t:101)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:101)
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
                  (i64.const 4)
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
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:101)
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
         (i32.store align=1
          (local.get $list.1)
          (local.get $len.1)
         )
        )
        (local.get $list.1)
       )
      )
      (block
       (local.set $t:103
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
       (i32.store offset=12 align=1
        (local.get $dict)
        (local.get $kinds)
       )
      )
      (local.set $bigger
       (block $e13 (result i32)
        (local.set $xs.2
         (block $e14 (result i32)
          (local.set $item
           (block $e15 (result i32)
            (local.set $c
             (i64.const 2)
            )
            (local.set $c.1
             (i64.const 3)
            )
            (local.set $obj
             (block (result i32)
              (local.set $t:105
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
              (local.set $t:106
               (i64.add
                (local.get $t:105)
                (i64.extend_i32_u
                 (i32.const 24)
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
                 (i32.const 12)
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
            (block
             (local.set $t:107
              (i64.extend_i32_u
               (local.get $obj)
              )
             )
             (if
              (i64.gt_u
               (i64.sub
                (i64.add
                 (local.get $t:107)
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
                  (local.get $t:107)
                  (global.get $tetra:low_start)
                 )
                 (i64.gt_u
                  (i64.add
                   (local.get $t:107)
                   (i64.const 1)
                  )
                  (global.get $tetra:low_end)
                 )
                )
                (then
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:107)
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
                   (local.get $t:107)
                   (global.get $tetra:scratch_start)
                  )
                  (then
                   (if
                    (i64.lt_u
                     (local.get $t:107)
                     (global.get $tetra:low_start)
                    )
                    (then
                     (global.set $tetra:low_start
                      (local.get $t:107)
                     )
                    )
                   )
                   (if
                    (i64.gt_u
                     (i64.add
                      (local.get $t:107)
                      (i64.const 1)
                     )
                     (global.get $tetra:low_end)
                    )
                    (then
                     (local.set $t:108
                      (i64.add
                       (i64.add
                        (local.get $t:107)
                        (i64.const 1)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:107)
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
                       (local.get $t:108)
                       (i64.gt_u
                        (local.get $t:108)
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
                      (local.get $t:107)
                      (i64.const 1)
                     )
                     (i64.add
                      (global.get $tetra:scratch_start)
                      (global.get $tetra:high_span)
                     )
                    )
                    (then
                     (local.set $t:108
                      (i64.add
                       (i64.add
                        (local.get $t:107)
                        (i64.const 1)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:107)
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
                        (local.get $t:108)
                        (i64.gt_u
                         (local.get $t:108)
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
              (local.get $obj)
              (i32.const 2)
             )
            )
            (block
             (local.set $t:109
              (i64.add
               (i64.extend_i32_u
                (local.get $obj)
               )
               (i64.const 8)
              )
             )
             (if
              (i64.gt_u
               (i64.sub
                (i64.add
                 (local.get $t:109)
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
                  (local.get $t:109)
                  (global.get $tetra:low_start)
                 )
                 (i64.gt_u
                  (i64.add
                   (local.get $t:109)
                   (i64.const 8)
                  )
                  (global.get $tetra:low_end)
                 )
                )
                (then
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:109)
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
                   (local.get $t:109)
                   (global.get $tetra:scratch_start)
                  )
                  (then
                   (if
                    (i64.lt_u
                     (local.get $t:109)
                     (global.get $tetra:low_start)
                    )
                    (then
                     (global.set $tetra:low_start
                      (local.get $t:109)
                     )
                    )
                   )
                   (if
                    (i64.gt_u
                     (i64.add
                      (local.get $t:109)
                      (i64.const 8)
                     )
                     (global.get $tetra:low_end)
                    )
                    (then
                     (local.set $t:110
                      (i64.add
                       (i64.add
                        (local.get $t:109)
                        (i64.const 8)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:109)
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
                       (local.get $t:110)
                       (i64.gt_u
                        (local.get $t:110)
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
                      (local.get $t:109)
                      (i64.const 8)
                     )
                     (i64.add
                      (global.get $tetra:scratch_start)
                      (global.get $tetra:high_span)
                     )
                    )
                    (then
                     (local.set $t:110
                      (i64.add
                       (i64.add
                        (local.get $t:109)
                        (i64.const 8)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:109)
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
                        (local.get $t:110)
                        (i64.gt_u
                         (local.get $t:110)
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
              (local.get $obj)
              (local.get $c)
             )
            )
            (block
             (local.set $t:111
              (i64.add
               (i64.extend_i32_u
                (local.get $obj)
               )
               (i64.const 16)
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
             (i64.store offset=16 align=1
              (local.get $obj)
              (local.get $c.1)
             )
            )
            (local.get $obj)
           )
          )
          (local.set $item.1
           (block $e18 (result i32)
            (local.set $c.2
             (f64.const 0.5)
            )
            (local.set $obj.1
             (block (result i32)
              (local.set $t:113
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
              (local.set $t:114
               (i64.add
                (local.get $t:113)
                (i64.extend_i32_u
                 (i32.const 16)
                )
               )
              )
              (if
               (i64.gt_u
                (local.get $t:114)
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
                (local.get $t:114)
               )
              )
              (if
               (i64.gt_u
                (local.get $t:114)
                (i64.add
                 (global.get $tetra:scratch_start)
                 (global.get $tetra:high_span)
                )
               )
               (then
                (global.set $tetra:high_span
                 (i64.sub
                  (local.get $t:114)
                  (global.get $tetra:scratch_start)
                 )
                )
               )
              )
              (i32.wrap_i64
               (local.get $t:113)
              )
             )
            )
            (block
             (local.set $t:115
              (i64.extend_i32_u
               (local.get $obj.1)
              )
             )
             (if
              (i64.gt_u
               (i64.sub
                (i64.add
                 (local.get $t:115)
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
                  (local.get $t:115)
                  (global.get $tetra:low_start)
                 )
                 (i64.gt_u
                  (i64.add
                   (local.get $t:115)
                   (i64.const 1)
                  )
                  (global.get $tetra:low_end)
                 )
                )
                (then
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:115)
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
                   (local.get $t:115)
                   (global.get $tetra:scratch_start)
                  )
                  (then
                   (if
                    (i64.lt_u
                     (local.get $t:115)
                     (global.get $tetra:low_start)
                    )
                    (then
                     (global.set $tetra:low_start
                      (local.get $t:115)
                     )
                    )
                   )
                   (if
                    (i64.gt_u
                     (i64.add
                      (local.get $t:115)
                      (i64.const 1)
                     )
                     (global.get $tetra:low_end)
                    )
                    (then
                     (local.set $t:116
                      (i64.add
                       (i64.add
                        (local.get $t:115)
                        (i64.const 1)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:115)
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
                       (local.get $t:116)
                       (i64.gt_u
                        (local.get $t:116)
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
                      (local.get $t:115)
                      (i64.const 1)
                     )
                     (i64.add
                      (global.get $tetra:scratch_start)
                      (global.get $tetra:high_span)
                     )
                    )
                    (then
                     (local.set $t:116
                      (i64.add
                       (i64.add
                        (local.get $t:115)
                        (i64.const 1)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:115)
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
                        (local.get $t:116)
                        (i64.gt_u
                         (local.get $t:116)
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
              (local.get $obj.1)
              (i32.const 1)
             )
            )
            (block
             (local.set $t:117
              (i64.add
               (i64.extend_i32_u
                (local.get $obj.1)
               )
               (i64.const 8)
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
             (i64.store offset=8 align=1
              (local.get $obj.1)
              (select
               (i64.const 9221120237041090560)
               (i64.reinterpret_f64
                (local.get $c.2)
               )
               (f64.ne
                (local.get $c.2)
                (local.get $c.2)
               )
              )
             )
            )
            (local.get $obj.1)
           )
          )
          (local.set $item.2
           (i32.const 10888)
          )
          (local.set $size.2
           (i64.const 16)
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
              (i32.const 11)
             )
             (unreachable)
            )
           )
          )
          (local.set $list.2
           (block (result i32)
            (local.set $t:119
             (i32.wrap_i64
              (local.get $size.2)
             )
            )
            (local.set $t:120
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
            (local.set $t:121
             (i64.add
              (local.get $t:120)
              (i64.extend_i32_u
               (local.get $t:119)
              )
             )
            )
            (if
             (i64.gt_u
              (local.get $t:121)
              (i64.extend_i32_u
               (global.get $tetra:scratch_end)
              )
             )
             (then
              (call $tetra:trap
               (i32.const 15)
               (i32.const 11)
              )
              (unreachable)
             )
            )
            (global.set $tetra:scratch_ptr
             (i32.wrap_i64
              (local.get $t:121)
             )
            )
            (if
             (i64.gt_u
              (local.get $t:121)
              (i64.add
               (global.get $tetra:scratch_start)
               (global.get $tetra:high_span)
              )
             )
             (then
              (global.set $tetra:high_span
               (i64.sub
                (local.get $t:121)
                (global.get $tetra:scratch_start)
               )
              )
             )
            )
            (i32.wrap_i64
             (local.get $t:120)
            )
           )
          )
          (local.set $len.2
           (i32.const 0)
          )
          (block
           (local.set $t:122
            (i32.add
             (i32.add
              (local.get $list.2)
              (i32.const 4)
             )
             (i32.mul
              (local.get $len.2)
              (i32.const 4)
             )
            )
           )
           (local.set $t:123
            (i64.extend_i32_u
             (local.get $t:122)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:123)
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
                (local.get $t:123)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:123)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:123)
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
                 (local.get $t:123)
                 (global.get $tetra:scratch_start)
                )
                (then
                 (if
                  (i64.lt_u
                   (local.get $t:123)
                   (global.get $tetra:low_start)
                  )
                  (then
                   (global.set $tetra:low_start
                    (local.get $t:123)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:123)
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:124
                    (i64.add
                     (i64.add
                      (local.get $t:123)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:123)
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
                     (local.get $t:124)
                     (i64.gt_u
                      (local.get $t:124)
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
                    (local.get $t:123)
                    (i64.const 4)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:124
                    (i64.add
                     (i64.add
                      (local.get $t:123)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:123)
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
                      (local.get $t:124)
                      (i64.gt_u
                       (local.get $t:124)
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
            (local.get $t:122)
            (local.get $item)
           )
          )
          (local.set $len.2
           (i32.add
            (local.get $len.2)
            (i32.const 1)
           )
          )
          (block
           (local.set $t:125
            (i32.add
             (i32.add
              (local.get $list.2)
              (i32.const 4)
             )
             (i32.mul
              (local.get $len.2)
              (i32.const 4)
             )
            )
           )
           (local.set $t:126
            (i64.extend_i32_u
             (local.get $t:125)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:126)
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
                (local.get $t:126)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:126)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:126)
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
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:127
                    (i64.add
                     (i64.add
                      (local.get $t:126)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:126)
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
                    (i64.const 4)
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
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:126)
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
           (i32.store align=1
            (local.get $t:125)
            (local.get $item.1)
           )
          )
          (local.set $len.2
           (i32.add
            (local.get $len.2)
            (i32.const 1)
           )
          )
          (block
           (local.set $t:128
            (i32.add
             (i32.add
              (local.get $list.2)
              (i32.const 4)
             )
             (i32.mul
              (local.get $len.2)
              (i32.const 4)
             )
            )
           )
           (local.set $t:129
            (i64.extend_i32_u
             (local.get $t:128)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:129)
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
                (local.get $t:129)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:129)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:129)
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
                 (local.get $t:129)
                 (global.get $tetra:scratch_start)
                )
                (then
                 (if
                  (i64.lt_u
                   (local.get $t:129)
                   (global.get $tetra:low_start)
                  )
                  (then
                   (global.set $tetra:low_start
                    (local.get $t:129)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:129)
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:130
                    (i64.add
                     (i64.add
                      (local.get $t:129)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:129)
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
                     (local.get $t:130)
                     (i64.gt_u
                      (local.get $t:130)
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
                    (local.get $t:129)
                    (i64.const 4)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:130
                    (i64.add
                     (i64.add
                      (local.get $t:129)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:129)
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
                      (local.get $t:130)
                      (i64.gt_u
                       (local.get $t:130)
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
            (local.get $t:128)
            (local.get $item.2)
           )
          )
          (local.set $len.2
           (i32.add
            (local.get $len.2)
            (i32.const 1)
           )
          )
          (block
           (local.set $t:131
            (i64.extend_i32_u
             (local.get $list.2)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:131)
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
                (local.get $t:131)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:131)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:131)
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
                 (local.get $t:131)
                 (global.get $tetra:scratch_start)
                )
                (then
                 (if
                  (i64.lt_u
                   (local.get $t:131)
                   (global.get $tetra:low_start)
                  )
                  (then
                   (global.set $tetra:low_start
                    (local.get $t:131)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:131)
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:132
                    (i64.add
                     (i64.add
                      (local.get $t:131)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:131)
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
                     (local.get $t:132)
                     (i64.gt_u
                      (local.get $t:132)
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
                    (local.get $t:131)
                    (i64.const 4)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:132
                    (i64.add
                     (i64.add
                      (local.get $t:131)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:131)
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
                      (local.get $t:132)
                      (i64.gt_u
                       (local.get $t:132)
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
        (local.set $size.3
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
          (local.get $size.3)
          (i64.const 2147483647)
         )
         (then
          (block
           (call $tetra:trap
            (i32.const 15)
            (i32.const 10)
           )
           (unreachable)
          )
         )
        )
        (local.set $list.3
         (block (result i32)
          (local.set $t:133
           (i32.wrap_i64
            (local.get $size.3)
           )
          )
          (local.set $t:134
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
          (local.set $t:135
           (i64.add
            (local.get $t:134)
            (i64.extend_i32_u
             (local.get $t:133)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:135)
            (i64.extend_i32_u
             (global.get $tetra:scratch_end)
            )
           )
           (then
            (call $tetra:trap
             (i32.const 15)
             (i32.const 10)
            )
            (unreachable)
           )
          )
          (global.set $tetra:scratch_ptr
           (i32.wrap_i64
            (local.get $t:135)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:135)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:135)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:134)
          )
         )
        )
        (local.set $len.3
         (i32.const 0)
        )
        (local.set $n.2
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
        (block $block21
         (loop $each22
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
          (br_if $block21
           (i32.ge_u
            (local.get $k.2)
            (local.get $n.2)
           )
          )
          (local.set $x.2
           (block (result i32)
            (local.set $t:136
             (i32.add
              (local.get $xs.2)
              (i32.mul
               (local.get $k.2)
               (i32.const 4)
              )
             )
            )
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $t:136)
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
             (local.get $t:136)
            )
           )
          )
          (local.set $s.2
           (local.get $x.2)
          )
          (if
           (i32.eqz
            (block $e24 (result i32)
             (local.set $xs.3
              (local.get $shapes)
             )
             (local.set $needle
              (local.get $s.2)
             )
             (local.set $found
              (i32.const 0)
             )
             (local.set $n.3
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
             (block $block27
              (loop $each28
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
               (br_if $block27
                (i32.ge_u
                 (local.get $k.3)
                 (local.get $n.3)
                )
               )
               (local.set $x.3
                (block (result i32)
                 (local.set $t:137
                  (i32.add
                   (local.get $xs.3)
                   (i32.mul
                    (local.get $k.3)
                    (i32.const 4)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.add
                    (i64.extend_i32_u
                     (local.get $t:137)
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
                  (local.get $t:137)
                 )
                )
               )
               (local.set $x.4
                (local.get $x.3)
               )
               (if
                (block (result i32)
                 (local.set $t:138
                  (call $eq.Shape
                   (local.get $x.4)
                   (local.get $needle)
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
                   (local.get $t:138)
                  )
                 )
                 (tuple.extract 2 0
                  (local.get $t:138)
                 )
                )
                (then
                 (local.set $found
                  (i32.const 1)
                 )
                 (br $block27)
                )
               )
               (local.set $k.3
                (i32.add
                 (local.get $k.3)
                 (i32.const 1)
                )
               )
               (br $each28)
              )
             )
             (local.get $found)
            )
           )
           (then
            (block
             (local.set $t:139
              (i32.add
               (local.get $list.3)
               (i32.mul
                (local.get $len.3)
                (i32.const 4)
               )
              )
             )
             (local.set $t:140
              (i64.add
               (i64.extend_i32_u
                (local.get $t:139)
               )
               (i64.const 4)
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
             (i32.store offset=4 align=1
              (local.get $t:139)
              (local.get $x.2)
             )
            )
            (local.set $len.3
             (i32.add
              (local.get $len.3)
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
          (br $each22)
         )
        )
        (block
         (local.set $t:142
          (i64.extend_i32_u
           (local.get $list.3)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:142)
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
              (local.get $t:142)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:142)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:142)
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
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:143
                  (i64.add
                   (i64.add
                    (local.get $t:142)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:142)
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
                  (i64.const 4)
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
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:142)
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
         (i32.store align=1
          (local.get $list.3)
          (local.get $len.3)
         )
        )
        (local.get $list.3)
       )
      )
      (block
       (local.set $t:144
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
           (local.get $t:144)
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
            (local.get $t:144)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:144)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:144)
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
             (local.get $t:144)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:144)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:144)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:144)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:145
                (i64.add
                 (i64.add
                  (local.get $t:144)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:144)
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
                 (local.get $t:145)
                 (i64.gt_u
                  (local.get $t:145)
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
                (local.get $t:144)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:145
                (i64.add
                 (i64.add
                  (local.get $t:144)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:144)
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
                  (local.get $t:145)
                  (i64.gt_u
                   (local.get $t:145)
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
        (local.get $bigger)
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
      (local.set $t:146
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
        (local.get $t:146)
       )
      )
      (tuple.extract 2 0
       (local.get $t:146)
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
        (local.set $t:147
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
          (local.get $t:147)
         )
        )
        (tuple.extract 2 0
         (local.get $t:147)
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

 (func $fn.area (param $env i32) (param $s i32) (param $t:depth i32) (param $t:fuel i64) (result f64 i64)
  (local $scrut i32)
  (local $r f64)
  (local $w i64)
  (local $h i64)
  (local $t:8 i64)
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
    (block $e0 (result f64)
     (local.set $scrut
      (local.get $s)
     )
     (block $match2 (result f64)
      (if
       (i32.eq
        (block (result i32)
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $scrut)
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
          (local.get $scrut)
         )
        )
        (i32.const 0)
       )
       (then
        (br $match2
         (f64.const 0)
        )
       )
      )
      (if
       (i32.eq
        (block (result i32)
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $scrut)
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
          (local.get $scrut)
         )
        )
        (i32.const 1)
       )
       (then
        (local.set $r
         (block (result f64)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $scrut)
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
           (local.get $scrut)
          )
         )
        )
        (br $match2
         (f64.mul
          (f64.mul
           (f64.const 3)
           (local.get $r)
          )
          (local.get $r)
         )
        )
       )
      )
      (if
       (i32.eq
        (block (result i32)
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $scrut)
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
          (local.get $scrut)
         )
        )
        (i32.const 2)
       )
       (then
        (local.set $w
         (block (result i64)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $scrut)
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
           (local.get $scrut)
          )
         )
        )
        (local.set $h
         (block (result i64)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $scrut)
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
           (local.get $scrut)
          )
         )
        )
        (br $match2
         (f64.mul
          (f64.convert_i64_s
           (block (result i64)
            (local.set $t:8
             (i64.mul
              (local.get $w)
              (local.get $h)
             )
            )
            (if
             (i32.eqz
              (i32.and
               (i64.eq
                (i64.extend_i32_s
                 (i32.wrap_i64
                  (local.get $w)
                 )
                )
                (local.get $w)
               )
               (i64.eq
                (i64.extend_i32_s
                 (i32.wrap_i64
                  (local.get $h)
                 )
                )
                (local.get $h)
               )
              )
             )
             (then
              (if
               (i64.eq
                (local.get $w)
                (i64.const -1)
               )
               (then
                (if
                 (i64.eq
                  (local.get $h)
                  (i64.const -9223372036854775808)
                 )
                 (then
                  (call $tetra:trap
                   (i32.const 2)
                   (i32.const 18)
                  )
                  (unreachable)
                 )
                )
               )
               (else
                (if
                 (i64.ne
                  (local.get $w)
                  (i64.const 0)
                 )
                 (then
                  (if
                   (i64.ne
                    (i64.div_s
                     (local.get $t:8)
                     (local.get $w)
                    )
                    (local.get $h)
                   )
                   (then
                    (call $tetra:trap
                     (i32.const 2)
                     (i32.const 18)
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
          (f64.const 1)
         )
        )
       )
      )
      (block
       (call $tetra:trap
        (i32.const 5)
        (i32.const 19)
       )
       (unreachable)
      )
     )
    )
   )
   (local.get $t:fuel)
  )
 )

 (func $fn.kind (param $env i32) (param $s i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $scrut i32)
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
    (block $e0 (result i32)
     (local.set $scrut
      (local.get $s)
     )
     (block $match2 (result i32)
      (if
       (i32.eq
        (block (result i32)
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $scrut)
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
          (local.get $scrut)
         )
        )
        (i32.const 0)
       )
       (then
        (br $match2
         (i32.const 11460)
        )
       )
      )
      (if
       (i32.eq
        (block (result i32)
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $scrut)
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
          (local.get $scrut)
         )
        )
        (i32.const 1)
       )
       (then
        (br $match2
         (i32.const 11468)
        )
       )
      )
      (i32.const 11480)
     )
    )
   )
   (local.get $t:fuel)
  )
 )
