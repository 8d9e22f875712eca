;; From examples/ticket-routing.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
;; `tetra emit wat examples/ticket-routing.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
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
;;   $codec.dec.string.3
;;   $codec.skip
;;   $codec.dec.enum.4
;;   $codec.dec.int.5
;;   $codec.dec.option.6
;;   $codec.dec.fields.2
;;   $codec.dec.record.1
;;   $codec.dec.list.0
;;   $main.args
;;   $rt.mem_eq
;;   $rt.str_eq
;;   $codec.write_str
;;   $codec.enc.string.2
;;   $codec.enc.list.1
;;   $rt.u64_digits
;;   $rt.u64_write_back
;;   $rt.int_write
;;   $codec.write_int
;;   $codec.enc.int.6
;;   $codec.enc.enum.5
;;   $codec.enc.record.4
;;   $codec.enc.list.3
;;   $codec.enc.record.0
;;   $main
;;   $rt.final_sigma
;;   $rt.str_lower
;;   $rt.mem_chr
;;   $rt.find_bytes
;;   $rt.str_find
;;   $rt.str_contains
;;   $fn.route
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
           (i32.const 7)
          )
          (then
           (if
            (i32.and
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
               (i32.const 1801677172)
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
               (i32.const 29797)
              )
             )
             (i32.eq
              (block (result i32)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $args_kp)
                  )
                  (i64.const 7)
                 )
                 (global.get $tetra:arena)
                )
                (then
                 (call $tetra:trap
                  (i32.const 17)
                  (i32.const 0)
                 )
                 (unreachable)
                )
               )
               (i32.load8_u offset=6
                (local.get $args_kp)
               )
              )
              (i32.const 115)
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
  (local $tickets i32)
  (local $dict i32)
  (local $closure i32)
  (local $xs i32)
  (local $size i64)
  (local $list i32)
  (local $len i32)
  (local $n i32)
  (local $k i32)
  (local $x i32)
  (local $t i32)
  (local $dict.1 i32)
  (local $id i32)
  (local $decision i32)
  (local $routes i32)
  (local $xs.1 i32)
  (local $size.1 i64)
  (local $list.1 i32)
  (local $len.1 i32)
  (local $n.1 i32)
  (local $k.1 i32)
  (local $x.1 i32)
  (local $t.1 i32)
  (local $scrut i32)
  (local $t.2 i32)
  (local $y i32)
  (local $escalated i32)
  (local $xs.2 i32)
  (local $size.2 i64)
  (local $list.2 i32)
  (local $len.2 i32)
  (local $n.2 i32)
  (local $k.2 i32)
  (local $x.2 i32)
  (local $t.3 i32)
  (local $scrut.1 i32)
  (local $tier i32)
  (local $vip i32)
  (local $result i32)
  (local $json_start i32)
  (local $json_end i32)
  (local $result.1 i32)
  (local $t:49 (tuple i32 i64))
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
  (local $t:64 i32)
  (local $t:65 i32)
  (local $t:66 i64)
  (local $t:67 i64)
  (local $t:68 i64)
  (local $t:69 i64)
  (local $t:70 (tuple i32 i64))
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
  (local $t:83 (tuple i32 i64))
  (local $t:84 i32)
  (local $t:85 i64)
  (local $t:86 i64)
  (local $t:87 i64)
  (local $t:88 i64)
  (local $t:89 i64)
  (local $t:90 i64)
  (local $t:91 i32)
  (local $t:92 i64)
  (local $t:93 i64)
  (local $t:94 i32)
  (local $t:95 (tuple i32 i64))
  (local $t:96 i32)
  (local $t:97 i32)
  (local $t:98 i64)
  (local $t:99 i64)
  (local $t:100 i64)
  (local $t:101 i64)
  (local $t:102 i64)
  (local $t:103 i64)
  (local $t:104 (tuple i32 i64))
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
      (local.set $t:49
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
        (local.get $t:49)
       )
      )
      (tuple.extract 2 0
       (local.get $t:49)
      )
     )
    )
    (local.set $tickets
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
        (local.set $t:50
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
        (local.set $t:51
         (i64.add
          (local.get $t:50)
          (i64.extend_i32_u
           (i32.const 16)
          )
         )
        )
        (if
         (i64.gt_u
          (local.get $t:51)
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
          (local.get $t:51)
         )
        )
        (if
         (i64.gt_u
          (local.get $t:51)
          (i64.add
           (global.get $tetra:scratch_start)
           (global.get $tetra:high_span)
          )
         )
         (then
          (global.set $tetra:high_span
           (i64.sub
            (local.get $t:51)
            (global.get $tetra:scratch_start)
           )
          )
         )
        )
        (i32.wrap_i64
         (local.get $t:50)
        )
       )
      )
      (local.set $closure
       (block (result i32)
        (local.set $t:52
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
        (local.set $t:53
         (i64.add
          (local.get $t:52)
          (i64.extend_i32_u
           (i32.const 8)
          )
         )
        )
        (if
         (i64.gt_u
          (local.get $t:53)
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
          (local.get $t:53)
         )
        )
        (if
         (i64.gt_u
          (local.get $t:53)
          (i64.add
           (global.get $tetra:scratch_start)
           (global.get $tetra:high_span)
          )
         )
         (then
          (global.set $tetra:high_span
           (i64.sub
            (local.get $t:53)
            (global.get $tetra:scratch_start)
           )
          )
         )
        )
        (i32.wrap_i64
         (local.get $t:52)
        )
       )
      )
      (block
       (local.set $t:54
        (i64.extend_i32_u
         (local.get $closure)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:54)
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
            (local.get $t:54)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:54)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:54)
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
             (local.get $t:54)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:54)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:54)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:54)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:55
                (i64.add
                 (i64.add
                  (local.get $t:54)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:54)
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
                 (local.get $t:55)
                 (i64.gt_u
                  (local.get $t:55)
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
                (local.get $t:54)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:55
                (i64.add
                 (i64.add
                  (local.get $t:54)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:54)
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
                  (local.get $t:55)
                  (i64.gt_u
                   (local.get $t:55)
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
       (local.set $t:56
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
           (local.get $t:56)
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
            (local.get $t:56)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:56)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:56)
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
             (local.get $t:56)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:56)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:56)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:56)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:57
                (i64.add
                 (i64.add
                  (local.get $t:56)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:56)
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
                 (local.get $t:57)
                 (i64.gt_u
                  (local.get $t:57)
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
                (local.get $t:56)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:57
                (i64.add
                 (i64.add
                  (local.get $t:56)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:56)
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
                  (local.get $t:57)
                  (i64.gt_u
                   (local.get $t:57)
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
       (local.set $t:58
        (i64.extend_i32_u
         (local.get $dict)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:58)
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
            (local.get $t:58)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:58)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:58)
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
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:59
                (i64.add
                 (i64.add
                  (local.get $t:58)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:58)
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
                (i64.const 4)
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
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:58)
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
       (i32.store align=1
        (local.get $dict)
        (local.get $closure)
       )
      )
      (local.set $routes
       (block $e1 (result i32)
        (local.set $xs
         (local.get $tickets)
        )
        (local.set $size
         (i64.add
          (i64.const 4)
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
           (i64.const 4)
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
             (i64.const 3)
            )
            (i64.const -4)
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
             (i32.const 5)
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
            (local.set $t:63
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
                (local.get $t:63)
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
             (local.get $t:63)
            )
           )
          )
          (local.set $t
           (local.get $x)
          )
          (block
           (local.set $t:64
            (i32.add
             (local.get $list)
             (i32.mul
              (local.get $len)
              (i32.const 4)
             )
            )
           )
           (local.set $t:65
            (block $e5 (result i32)
             (local.set $dict.1
              (block (result i32)
               (local.set $t:66
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
               (local.set $t:67
                (i64.add
                 (local.get $t:66)
                 (i64.extend_i32_u
                  (i32.const 8)
                 )
                )
               )
               (if
                (i64.gt_u
                 (local.get $t:67)
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
                 (local.get $t:67)
                )
               )
               (if
                (i64.gt_u
                 (local.get $t:67)
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (global.set $tetra:high_span
                  (i64.sub
                   (local.get $t:67)
                   (global.get $tetra:scratch_start)
                  )
                 )
                )
               )
               (i32.wrap_i64
                (local.get $t:66)
               )
              )
             )
             (local.set $id
              (block (result i32)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $t)
                  )
                  (i64.const 4)
                 )
                 (global.get $tetra:arena)
                )
                (then
                 (call $tetra:trap
                  (i32.const 17)
                  (i32.const 7)
                 )
                 (unreachable)
                )
               )
               (i32.load align=1
                (local.get $t)
               )
              )
             )
             (block
              (local.set $t:68
               (i64.extend_i32_u
                (local.get $dict.1)
               )
              )
              (if
               (i64.gt_u
                (i64.sub
                 (i64.add
                  (local.get $t:68)
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
                   (local.get $t:68)
                   (global.get $tetra:low_start)
                  )
                  (i64.gt_u
                   (i64.add
                    (local.get $t:68)
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                 )
                 (then
                  (if
                   (i64.gt_u
                    (i64.add
                     (local.get $t:68)
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
                    (local.get $t:68)
                    (global.get $tetra:scratch_start)
                   )
                   (then
                    (if
                     (i64.lt_u
                      (local.get $t:68)
                      (global.get $tetra:low_start)
                     )
                     (then
                      (global.set $tetra:low_start
                       (local.get $t:68)
                      )
                     )
                    )
                    (if
                     (i64.gt_u
                      (i64.add
                       (local.get $t:68)
                       (i64.const 4)
                      )
                      (global.get $tetra:low_end)
                     )
                     (then
                      (local.set $t:69
                       (i64.add
                        (i64.add
                         (local.get $t:68)
                         (i64.const 4)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:68)
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
                        (local.get $t:69)
                        (i64.gt_u
                         (local.get $t:69)
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
                       (local.get $t:68)
                       (i64.const 4)
                      )
                      (i64.add
                       (global.get $tetra:scratch_start)
                       (global.get $tetra:high_span)
                      )
                     )
                     (then
                      (local.set $t:69
                       (i64.add
                        (i64.add
                         (local.get $t:68)
                         (i64.const 4)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:68)
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
                         (local.get $t:69)
                         (i64.gt_u
                          (local.get $t:69)
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
               (local.get $dict.1)
               (local.get $id)
              )
             )
             (local.set $decision
              (block (result i32)
               (local.set $t:70
                (call $fn.route
                 (i32.const 0)
                 (local.get $t)
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
               (local.set $t:fuel
                (tuple.extract 2 1
                 (local.get $t:70)
                )
               )
               (tuple.extract 2 0
                (local.get $t:70)
               )
              )
             )
             (block
              (local.set $t:71
               (i64.add
                (i64.extend_i32_u
                 (local.get $dict.1)
                )
                (i64.const 4)
               )
              )
              (if
               (i64.gt_u
                (i64.sub
                 (i64.add
                  (local.get $t:71)
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
                   (local.get $t:71)
                   (global.get $tetra:low_start)
                  )
                  (i64.gt_u
                   (i64.add
                    (local.get $t:71)
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                 )
                 (then
                  (if
                   (i64.gt_u
                    (i64.add
                     (local.get $t:71)
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
                    (local.get $t:71)
                    (global.get $tetra:scratch_start)
                   )
                   (then
                    (if
                     (i64.lt_u
                      (local.get $t:71)
                      (global.get $tetra:low_start)
                     )
                     (then
                      (global.set $tetra:low_start
                       (local.get $t:71)
                      )
                     )
                    )
                    (if
                     (i64.gt_u
                      (i64.add
                       (local.get $t:71)
                       (i64.const 4)
                      )
                      (global.get $tetra:low_end)
                     )
                     (then
                      (local.set $t:72
                       (i64.add
                        (i64.add
                         (local.get $t:71)
                         (i64.const 4)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:71)
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
                        (local.get $t:72)
                        (i64.gt_u
                         (local.get $t:72)
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
                       (local.get $t:71)
                       (i64.const 4)
                      )
                      (i64.add
                       (global.get $tetra:scratch_start)
                       (global.get $tetra:high_span)
                      )
                     )
                     (then
                      (local.set $t:72
                       (i64.add
                        (i64.add
                         (local.get $t:71)
                         (i64.const 4)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:71)
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
                         (local.get $t:72)
                         (i64.gt_u
                          (local.get $t:72)
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
               (local.get $dict.1)
               (local.get $decision)
              )
             )
             (local.get $dict.1)
            )
           )
           (local.set $t:73
            (i64.add
             (i64.extend_i32_u
              (local.get $t:64)
             )
             (i64.const 4)
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
           (i32.store offset=4 align=1
            (local.get $t:64)
            (local.get $t:65)
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
         (local.set $t:75
          (i64.extend_i32_u
           (local.get $list)
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
         (i32.store align=1
          (local.get $list)
          (local.get $len)
         )
        )
        (local.get $list)
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
        (local.get $routes)
       )
      )
      (local.set $escalated
       (block $e10 (result i32)
        (local.set $xs.1
         (local.get $tickets)
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
            (i32.const 9)
           )
           (unreachable)
          )
         )
        )
        (local.set $list.1
         (block (result i32)
          (local.set $t:79
           (i32.wrap_i64
            (local.get $size.1)
           )
          )
          (local.set $t:80
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
             (i32.const 9)
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
        (block $block12
         (loop $each13
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
          (br_if $block12
           (i32.ge_u
            (local.get $k.1)
            (local.get $n.1)
           )
          )
          (local.set $x.1
           (block (result i32)
            (local.set $t:82
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
          (local.set $t.1
           (local.get $x.1)
          )
          (if
           (block $e14 (result i32)
            (local.set $scrut
             (block (result i32)
              (local.set $t:83
               (call $fn.route
                (i32.const 0)
                (local.get $t.1)
                (block (result i32)
                 (if
                  (i32.ge_u
                   (local.get $t:depth)
                   (i32.const 1000)
                  )
                  (then
                   (call $tetra:trap
                    (i32.const 15)
                    (i32.const 11)
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
                (local.get $t:83)
               )
              )
              (tuple.extract 2 0
               (local.get $t:83)
              )
             )
            )
            (block $match17 (result i32)
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
               (br $match17
                (i32.const 1)
               )
              )
             )
             (i32.const 0)
            )
           )
           (then
            (local.set $t.2
             (local.get $x.1)
            )
            (local.set $y
             (block (result i32)
              (if
               (i64.gt_u
                (i64.add
                 (i64.extend_i32_u
                  (local.get $t.2)
                 )
                 (i64.const 4)
                )
                (global.get $tetra:arena)
               )
               (then
                (call $tetra:trap
                 (i32.const 17)
                 (i32.const 12)
                )
                (unreachable)
               )
              )
              (i32.load align=1
               (local.get $t.2)
              )
             )
            )
            (block
             (local.set $t:84
              (i32.add
               (local.get $list.1)
               (i32.mul
                (local.get $len.1)
                (i32.const 4)
               )
              )
             )
             (local.set $t:85
              (i64.add
               (i64.extend_i32_u
                (local.get $t:84)
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
              (local.get $t:84)
              (local.get $y)
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
          (local.set $k.1
           (i32.add
            (local.get $k.1)
            (i32.const 1)
           )
          )
          (br $each13)
         )
        )
        (block
         (local.set $t:87
          (i64.extend_i32_u
           (local.get $list.1)
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
          (local.get $list.1)
          (local.get $len.1)
         )
        )
        (local.get $list.1)
       )
      )
      (block
       (local.set $t:89
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
           (local.get $t:89)
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
            (local.get $t:89)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:89)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:89)
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
             (local.get $t:89)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:89)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:89)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:89)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:90
                (i64.add
                 (i64.add
                  (local.get $t:89)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:89)
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
                 (local.get $t:90)
                 (i64.gt_u
                  (local.get $t:90)
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
                (local.get $t:89)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:90
                (i64.add
                 (i64.add
                  (local.get $t:89)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:89)
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
                  (local.get $t:90)
                  (i64.gt_u
                   (local.get $t:90)
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
        (local.get $escalated)
       )
      )
      (local.set $vip
       (block $e22 (result i32)
        (local.set $xs.2
         (local.get $tickets)
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
          (local.get $size.2)
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
        (local.set $list.2
         (block (result i32)
          (local.set $t:91
           (i32.wrap_i64
            (local.get $size.2)
           )
          )
          (local.set $t:92
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
          (local.set $t:93
           (i64.add
            (local.get $t:92)
            (i64.extend_i32_u
             (local.get $t:91)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:93)
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
            (local.get $t:93)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:93)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:93)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:92)
          )
         )
        )
        (local.set $len.2
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
            (local.get $n.2)
           )
          )
          (local.set $x.2
           (block (result i32)
            (local.set $t:94
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
                (local.get $t:94)
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
             (local.get $t:94)
            )
           )
          )
          (local.set $t.3
           (local.get $x.2)
          )
          (if
           (block $e26 (result i32)
            (local.set $scrut.1
             (block (result i32)
              (if
               (i64.gt_u
                (i64.add
                 (i64.extend_i32_u
                  (local.get $t.3)
                 )
                 (i64.const 28)
                )
                (global.get $tetra:arena)
               )
               (then
                (call $tetra:trap
                 (i32.const 17)
                 (i32.const 14)
                )
                (unreachable)
               )
              )
              (i32.load offset=24 align=1
               (local.get $t.3)
              )
             )
            )
            (block $match29 (result i32)
             (if
              (i32.ne
               (local.get $scrut.1)
               (i32.const 0)
              )
              (then
               (local.set $tier
                (block (result i32)
                 (if
                  (i64.gt_u
                   (i64.add
                    (i64.extend_i32_u
                     (local.get $scrut.1)
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
                  (local.get $scrut.1)
                 )
                )
               )
               (br $match29
                (block (result i32)
                 (local.set $t:95
                  (call $rt.str_eq
                   (local.get $tier)
                   (i32.const 8)
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
                   (local.get $t:95)
                  )
                 )
                 (tuple.extract 2 0
                  (local.get $t:95)
                 )
                )
               )
              )
             )
             (if
              (i32.eqz
               (local.get $scrut.1)
              )
              (then
               (br $match29
                (i32.const 0)
               )
              )
             )
             (block
              (call $tetra:trap
               (i32.const 5)
               (i32.const 16)
              )
              (unreachable)
             )
            )
           )
           (then
            (block
             (local.set $t:96
              (i32.add
               (local.get $list.2)
               (i32.mul
                (local.get $len.2)
                (i32.const 4)
               )
              )
             )
             (local.set $t:97
              (block (result i32)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $t.3)
                  )
                  (i64.const 4)
                 )
                 (global.get $tetra:arena)
                )
                (then
                 (call $tetra:trap
                  (i32.const 17)
                  (i32.const 17)
                 )
                 (unreachable)
                )
               )
               (i32.load align=1
                (local.get $t.3)
               )
              )
             )
             (local.set $t:98
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
             (i32.store offset=4 align=1
              (local.get $t:96)
              (local.get $t:97)
             )
            )
            (local.set $len.2
             (i32.add
              (local.get $len.2)
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
          (br $each25)
         )
        )
        (block
         (local.set $t:100
          (i64.extend_i32_u
           (local.get $list.2)
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
         (i32.store align=1
          (local.get $list.2)
          (local.get $len.2)
         )
        )
        (local.get $list.2)
       )
      )
      (block
       (local.set $t:102
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
           (local.get $t:102)
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
            (local.get $t:102)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:102)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:102)
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
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:103
                (i64.add
                 (i64.add
                  (local.get $t:102)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:102)
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
                (i64.const 4)
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
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:102)
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
       (i32.store offset=12 align=1
        (local.get $dict)
        (local.get $vip)
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
      (local.set $t:104
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
        (local.get $t:104)
       )
      )
      (tuple.extract 2 0
       (local.get $t:104)
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

 (func $fn.route (param $env i32) (param $t i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $scrut i32)
  (local $c i32)
  (local $c.1 i64)
  (local $obj i32)
  (local $c.2 i32)
  (local $c.3 i64)
  (local $obj.1 i32)
  (local $c.4 i32)
  (local $obj.2 i32)
  (local $c.5 i32)
  (local $obj.3 i32)
  (local $t:15 i64)
  (local $t:16 i64)
  (local $t:17 i64)
  (local $t:18 i64)
  (local $t:19 i64)
  (local $t:20 i64)
  (local $t:21 i64)
  (local $t:22 i64)
  (local $t:23 i64)
  (local $t:24 i64)
  (local $t:25 i64)
  (local $t:26 i64)
  (local $t:27 i64)
  (local $t:28 i64)
  (local $t:29 i64)
  (local $t:30 i64)
  (local $t:31 i64)
  (local $t:32 i64)
  (local $t:33 i64)
  (local $t:34 i64)
  (local $t:35 i64)
  (local $t:36 i64)
  (local $t:37 (tuple i32 i64))
  (local $t:38 (tuple i32 i64))
  (local $t:39 i64)
  (local $t:40 i64)
  (local $t:41 i64)
  (local $t:42 i64)
  (local $t:43 i64)
  (local $t:44 i64)
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
      (block (result i32)
       (if
        (i64.gt_u
         (i64.add
          (i64.extend_i32_u
           (local.get $t)
          )
          (i64.const 12)
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
       (i32.load offset=8 align=1
        (local.get $t)
       )
      )
     )
     (block $match3 (result i32)
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
        (br $match3
         (block $e4 (result i32)
          (local.set $c
           (i32.const 632)
          )
          (local.set $c.1
           (i64.const 1)
          )
          (local.set $obj
           (block (result i32)
            (local.set $t:15
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
            (local.set $t:16
             (i64.add
              (local.get $t:15)
              (i64.extend_i32_u
               (i32.const 24)
              )
             )
            )
            (if
             (i64.gt_u
              (local.get $t:16)
              (i64.extend_i32_u
               (global.get $tetra:scratch_end)
              )
             )
             (then
              (call $tetra:trap
               (i32.const 15)
               (i32.const 19)
              )
              (unreachable)
             )
            )
            (global.set $tetra:scratch_ptr
             (i32.wrap_i64
              (local.get $t:16)
             )
            )
            (if
             (i64.gt_u
              (local.get $t:16)
              (i64.add
               (global.get $tetra:scratch_start)
               (global.get $tetra:high_span)
              )
             )
             (then
              (global.set $tetra:high_span
               (i64.sub
                (local.get $t:16)
                (global.get $tetra:scratch_start)
               )
              )
             )
            )
            (i32.wrap_i64
             (local.get $t:15)
            )
           )
          )
          (block
           (local.set $t:17
            (i64.extend_i32_u
             (local.get $obj)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:17)
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
                (local.get $t:17)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:17)
                 (i64.const 1)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:17)
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
                 (local.get $t:17)
                 (global.get $tetra:scratch_start)
                )
                (then
                 (if
                  (i64.lt_u
                   (local.get $t:17)
                   (global.get $tetra:low_start)
                  )
                  (then
                   (global.set $tetra:low_start
                    (local.get $t:17)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:17)
                    (i64.const 1)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:18
                    (i64.add
                     (i64.add
                      (local.get $t:17)
                      (i64.const 1)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:17)
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
                     (local.get $t:18)
                     (i64.gt_u
                      (local.get $t:18)
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
                    (local.get $t:17)
                    (i64.const 1)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:18
                    (i64.add
                     (i64.add
                      (local.get $t:17)
                      (i64.const 1)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:17)
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
                      (local.get $t:18)
                      (i64.gt_u
                       (local.get $t:18)
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
            (i32.const 1)
           )
          )
          (block
           (local.set $t:19
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
               (local.get $t:19)
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
                (local.get $t:19)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:19)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:19)
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
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:20
                    (i64.add
                     (i64.add
                      (local.get $t:19)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:19)
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
                    (i64.const 4)
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
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:19)
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
           (i32.store offset=8 align=1
            (local.get $obj)
            (local.get $c)
           )
          )
          (block
           (local.set $t:21
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
               (local.get $t:21)
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
                (local.get $t:21)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:21)
                 (i64.const 8)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:21)
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
                 (local.get $t:21)
                 (global.get $tetra:scratch_start)
                )
                (then
                 (if
                  (i64.lt_u
                   (local.get $t:21)
                   (global.get $tetra:low_start)
                  )
                  (then
                   (global.set $tetra:low_start
                    (local.get $t:21)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:21)
                    (i64.const 8)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:22
                    (i64.add
                     (i64.add
                      (local.get $t:21)
                      (i64.const 8)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:21)
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
                     (local.get $t:22)
                     (i64.gt_u
                      (local.get $t:22)
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
                    (local.get $t:21)
                    (i64.const 8)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:22
                    (i64.add
                     (i64.add
                      (local.get $t:21)
                      (i64.const 8)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:21)
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
                      (local.get $t:22)
                      (i64.gt_u
                       (local.get $t:22)
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
        (br $match3
         (if (result i32)
          (i64.gt_s
           (block (result i64)
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $t)
               )
               (i64.const 24)
              )
              (global.get $tetra:arena)
             )
             (then
              (call $tetra:trap
               (i32.const 17)
               (i32.const 21)
              )
              (unreachable)
             )
            )
            (i64.load offset=16 align=1
             (local.get $t)
            )
           )
           (i64.const 48)
          )
          (then
           (block $e12 (result i32)
            (local.set $c.2
             (i32.const 644)
            )
            (local.set $c.3
             (i64.const 8)
            )
            (local.set $obj.1
             (block (result i32)
              (local.set $t:23
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
              (local.set $t:24
               (i64.add
                (local.get $t:23)
                (i64.extend_i32_u
                 (i32.const 24)
                )
               )
              )
              (if
               (i64.gt_u
                (local.get $t:24)
                (i64.extend_i32_u
                 (global.get $tetra:scratch_end)
                )
               )
               (then
                (call $tetra:trap
                 (i32.const 15)
                 (i32.const 22)
                )
                (unreachable)
               )
              )
              (global.set $tetra:scratch_ptr
               (i32.wrap_i64
                (local.get $t:24)
               )
              )
              (if
               (i64.gt_u
                (local.get $t:24)
                (i64.add
                 (global.get $tetra:scratch_start)
                 (global.get $tetra:high_span)
                )
               )
               (then
                (global.set $tetra:high_span
                 (i64.sub
                  (local.get $t:24)
                  (global.get $tetra:scratch_start)
                 )
                )
               )
              )
              (i32.wrap_i64
               (local.get $t:23)
              )
             )
            )
            (block
             (local.set $t:25
              (i64.extend_i32_u
               (local.get $obj.1)
              )
             )
             (if
              (i64.gt_u
               (i64.sub
                (i64.add
                 (local.get $t:25)
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
                  (local.get $t:25)
                  (global.get $tetra:low_start)
                 )
                 (i64.gt_u
                  (i64.add
                   (local.get $t:25)
                   (i64.const 1)
                  )
                  (global.get $tetra:low_end)
                 )
                )
                (then
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:25)
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
                   (local.get $t:25)
                   (global.get $tetra:scratch_start)
                  )
                  (then
                   (if
                    (i64.lt_u
                     (local.get $t:25)
                     (global.get $tetra:low_start)
                    )
                    (then
                     (global.set $tetra:low_start
                      (local.get $t:25)
                     )
                    )
                   )
                   (if
                    (i64.gt_u
                     (i64.add
                      (local.get $t:25)
                      (i64.const 1)
                     )
                     (global.get $tetra:low_end)
                    )
                    (then
                     (local.set $t:26
                      (i64.add
                       (i64.add
                        (local.get $t:25)
                        (i64.const 1)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:25)
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
                       (local.get $t:26)
                       (i64.gt_u
                        (local.get $t:26)
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
                      (local.get $t:25)
                      (i64.const 1)
                     )
                     (i64.add
                      (global.get $tetra:scratch_start)
                      (global.get $tetra:high_span)
                     )
                    )
                    (then
                     (local.set $t:26
                      (i64.add
                       (i64.add
                        (local.get $t:25)
                        (i64.const 1)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:25)
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
                        (local.get $t:26)
                        (i64.gt_u
                         (local.get $t:26)
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
             (local.set $t:27
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
                 (local.get $t:27)
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
                  (local.get $t:27)
                  (global.get $tetra:low_start)
                 )
                 (i64.gt_u
                  (i64.add
                   (local.get $t:27)
                   (i64.const 4)
                  )
                  (global.get $tetra:low_end)
                 )
                )
                (then
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:27)
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
                   (local.get $t:27)
                   (global.get $tetra:scratch_start)
                  )
                  (then
                   (if
                    (i64.lt_u
                     (local.get $t:27)
                     (global.get $tetra:low_start)
                    )
                    (then
                     (global.set $tetra:low_start
                      (local.get $t:27)
                     )
                    )
                   )
                   (if
                    (i64.gt_u
                     (i64.add
                      (local.get $t:27)
                      (i64.const 4)
                     )
                     (global.get $tetra:low_end)
                    )
                    (then
                     (local.set $t:28
                      (i64.add
                       (i64.add
                        (local.get $t:27)
                        (i64.const 4)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:27)
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
                       (local.get $t:28)
                       (i64.gt_u
                        (local.get $t:28)
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
                      (local.get $t:27)
                      (i64.const 4)
                     )
                     (i64.add
                      (global.get $tetra:scratch_start)
                      (global.get $tetra:high_span)
                     )
                    )
                    (then
                     (local.set $t:28
                      (i64.add
                       (i64.add
                        (local.get $t:27)
                        (i64.const 4)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:27)
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
                        (local.get $t:28)
                        (i64.gt_u
                         (local.get $t:28)
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
              (local.get $obj.1)
              (local.get $c.2)
             )
            )
            (block
             (local.set $t:29
              (i64.add
               (i64.extend_i32_u
                (local.get $obj.1)
               )
               (i64.const 16)
              )
             )
             (if
              (i64.gt_u
               (i64.sub
                (i64.add
                 (local.get $t:29)
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
                  (local.get $t:29)
                  (global.get $tetra:low_start)
                 )
                 (i64.gt_u
                  (i64.add
                   (local.get $t:29)
                   (i64.const 8)
                  )
                  (global.get $tetra:low_end)
                 )
                )
                (then
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:29)
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
                   (local.get $t:29)
                   (global.get $tetra:scratch_start)
                  )
                  (then
                   (if
                    (i64.lt_u
                     (local.get $t:29)
                     (global.get $tetra:low_start)
                    )
                    (then
                     (global.set $tetra:low_start
                      (local.get $t:29)
                     )
                    )
                   )
                   (if
                    (i64.gt_u
                     (i64.add
                      (local.get $t:29)
                      (i64.const 8)
                     )
                     (global.get $tetra:low_end)
                    )
                    (then
                     (local.set $t:30
                      (i64.add
                       (i64.add
                        (local.get $t:29)
                        (i64.const 8)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:29)
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
                       (local.get $t:30)
                       (i64.gt_u
                        (local.get $t:30)
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
                      (local.get $t:29)
                      (i64.const 8)
                     )
                     (i64.add
                      (global.get $tetra:scratch_start)
                      (global.get $tetra:high_span)
                     )
                    )
                    (then
                     (local.set $t:30
                      (i64.add
                       (i64.add
                        (local.get $t:29)
                        (i64.const 8)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:29)
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
                        (local.get $t:30)
                        (i64.gt_u
                         (local.get $t:30)
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
              (local.get $obj.1)
              (local.get $c.3)
             )
            )
            (local.get $obj.1)
           )
          )
          (else
           (block $e15 (result i32)
            (local.set $c.4
             (i32.const 664)
            )
            (local.set $obj.2
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
                 (i32.const 23)
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
               (local.get $obj.2)
              )
             )
             (if
              (i64.gt_u
               (i64.sub
                (i64.add
                 (local.get $t:33)
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
                  (local.get $t:33)
                  (global.get $tetra:low_start)
                 )
                 (i64.gt_u
                  (i64.add
                   (local.get $t:33)
                   (i64.const 1)
                  )
                  (global.get $tetra:low_end)
                 )
                )
                (then
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:33)
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
                      (i64.const 1)
                     )
                     (global.get $tetra:low_end)
                    )
                    (then
                     (local.set $t:34
                      (i64.add
                       (i64.add
                        (local.get $t:33)
                        (i64.const 1)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:33)
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
                      (i64.const 1)
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
                        (i64.const 1)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:33)
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
             (i32.store8
              (local.get $obj.2)
              (i32.const 0)
             )
            )
            (block
             (local.set $t:35
              (i64.add
               (i64.extend_i32_u
                (local.get $obj.2)
               )
               (i64.const 4)
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
             (i32.store offset=4 align=1
              (local.get $obj.2)
              (local.get $c.4)
             )
            )
            (local.get $obj.2)
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
        (br $match3
         (if (result i32)
          (block (result i32)
           (local.set $t:38
            (call $rt.str_contains
             (block (result i32)
              (local.set $t:37
               (call $rt.str_lower
                (block (result i32)
                 (if
                  (i64.gt_u
                   (i64.add
                    (i64.extend_i32_u
                     (local.get $t)
                    )
                    (i64.const 8)
                   )
                   (global.get $tetra:arena)
                  )
                  (then
                   (call $tetra:trap
                    (i32.const 17)
                    (i32.const 26)
                   )
                   (unreachable)
                  )
                 )
                 (i32.load offset=4 align=1
                  (local.get $t)
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
                    (i32.const 25)
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
             (i32.const 8992)
             (block (result i32)
              (if
               (i32.ge_u
                (local.get $t:depth)
                (i32.const 1000)
               )
               (then
                (call $tetra:trap
                 (i32.const 15)
                 (i32.const 24)
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
          (then
           (i32.const 9016)
          )
          (else
           (block $e24 (result i32)
            (local.set $c.5
             (i32.const 9020)
            )
            (local.set $obj.3
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
                 (i32.const 8)
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
                 (i32.const 27)
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
              (i64.extend_i32_u
               (local.get $obj.3)
              )
             )
             (if
              (i64.gt_u
               (i64.sub
                (i64.add
                 (local.get $t:41)
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
                  (local.get $t:41)
                  (global.get $tetra:low_start)
                 )
                 (i64.gt_u
                  (i64.add
                   (local.get $t:41)
                   (i64.const 1)
                  )
                  (global.get $tetra:low_end)
                 )
                )
                (then
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:41)
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
                   (local.get $t:41)
                   (global.get $tetra:scratch_start)
                  )
                  (then
                   (if
                    (i64.lt_u
                     (local.get $t:41)
                     (global.get $tetra:low_start)
                    )
                    (then
                     (global.set $tetra:low_start
                      (local.get $t:41)
                     )
                    )
                   )
                   (if
                    (i64.gt_u
                     (i64.add
                      (local.get $t:41)
                      (i64.const 1)
                     )
                     (global.get $tetra:low_end)
                    )
                    (then
                     (local.set $t:42
                      (i64.add
                       (i64.add
                        (local.get $t:41)
                        (i64.const 1)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:41)
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
                       (local.get $t:42)
                       (i64.gt_u
                        (local.get $t:42)
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
                      (local.get $t:41)
                      (i64.const 1)
                     )
                     (i64.add
                      (global.get $tetra:scratch_start)
                      (global.get $tetra:high_span)
                     )
                    )
                    (then
                     (local.set $t:42
                      (i64.add
                       (i64.add
                        (local.get $t:41)
                        (i64.const 1)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:41)
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
                        (local.get $t:42)
                        (i64.gt_u
                         (local.get $t:42)
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
              (local.get $obj.3)
              (i32.const 0)
             )
            )
            (block
             (local.set $t:43
              (i64.add
               (i64.extend_i32_u
                (local.get $obj.3)
               )
               (i64.const 4)
              )
             )
             (if
              (i64.gt_u
               (i64.sub
                (i64.add
                 (local.get $t:43)
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
                  (local.get $t:43)
                  (global.get $tetra:low_start)
                 )
                 (i64.gt_u
                  (i64.add
                   (local.get $t:43)
                   (i64.const 4)
                  )
                  (global.get $tetra:low_end)
                 )
                )
                (then
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:43)
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
                      (i64.const 4)
                     )
                     (global.get $tetra:low_end)
                    )
                    (then
                     (local.set $t:44
                      (i64.add
                       (i64.add
                        (local.get $t:43)
                        (i64.const 4)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:43)
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
                      (i64.const 4)
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
                        (i64.const 4)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:43)
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
             (i32.store offset=4 align=1
              (local.get $obj.3)
              (local.get $c.5)
             )
            )
            (local.get $obj.3)
           )
          )
         )
        )
       )
      )
      (block
       (call $tetra:trap
        (i32.const 5)
        (i32.const 28)
       )
       (unreachable)
      )
     )
    )
   )
   (local.get $t:fuel)
  )
 )
