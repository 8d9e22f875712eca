;; From libs/driver/testdata/emit-golden/strings.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
;; `tetra emit wat libs/driver/testdata/emit-golden/strings.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
;; (all but the rt.* runtime and the codec.* JSON codec), in module order.
;; Defined functions (46):
;;   $tetra:trap
;;   $codec.hex4
;;   $rt.utf8_valid
;;   $codec.str_check
;;   $codec.num_end
;;   $codec.json_valid
;;   $codec.str_end
;;   $codec.str_unescape
;;   $codec.dec.string.0
;;   $codec.skip
;;   $codec.dec.int.1
;;   $main.args
;;   $rt.u64_digits
;;   $rt.u64_write_back
;;   $rt.int_write
;;   $rt.mul_shift_64
;;   $rt.pow5_factor_at_least
;;   $rt.f64_shortest
;;   $rt.float_text_write
;;   $rt.str_upper
;;   $rt.str_trim
;;   $rt.final_sigma
;;   $rt.str_lower
;;   $rt.mem_chr
;;   $rt.mem_eq
;;   $rt.find_bytes
;;   $rt.str_split
;;   $rt.str_join
;;   $rt.utf8_count
;;   $rt.str_replace
;;   $rt.str_substring
;;   $rt.str_starts_with
;;   $rt.str_ends_with
;;   $rt.str_find
;;   $rt.str_contains
;;   $codec.enc.bool.2
;;   $codec.enc.list.1
;;   $codec.write_str
;;   $codec.enc.string.3
;;   $codec.write_int
;;   $codec.enc.int.4
;;   $codec.enc.list.5
;;   $codec.enc.record.0
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
           (i32.const 4)
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
             (i32.const 1701667182)
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
             (i32.const 110)
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
             (call $codec.dec.string.0
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
  (local $name i32)
  (local $n i64)
  (local $dict i32)
  (local $part i32)
  (local $text i32)
  (local $cur i32)
  (local $s i32)
  (local $slen i32)
  (local $len i32)
  (local $hello i32)
  (local $part.1 i32)
  (local $part.2 i64)
  (local $text.1 i32)
  (local $cur.1 i32)
  (local $s.1 i32)
  (local $slen.1 i32)
  (local $len.1 i32)
  (local $counted i32)
  (local $part.3 i32)
  (local $part.4 i64)
  (local $part.5 f64)
  (local $part.6 i32)
  (local $text.2 i32)
  (local $cur.2 i32)
  (local $s.2 i32)
  (local $slen.2 i32)
  (local $s.3 i32)
  (local $slen.3 i32)
  (local $len.2 i32)
  (local $interpolated i32)
  (local $shout i32)
  (local $quiet i32)
  (local $r i32)
  (local $words i32)
  (local $item i32)
  (local $item.1 i32)
  (local $item.2 i32)
  (local $size i64)
  (local $list i32)
  (local $len.3 i32)
  (local $joined i32)
  (local $replaced i32)
  (local $r.1 i32)
  (local $prefix i32)
  (local $item.3 i32)
  (local $item.4 i32)
  (local $item.5 i32)
  (local $size.1 i64)
  (local $list.1 i32)
  (local $len.4 i32)
  (local $checks i32)
  (local $size.2 i64)
  (local $result i32)
  (local $json_start i32)
  (local $json_end i32)
  (local $result.1 i32)
  (local $t:63 (tuple i32 i64))
  (local $t:64 i64)
  (local $t:65 i64)
  (local $t:66 i64)
  (local $t:67 i64)
  (local $t:68 i64)
  (local $t:69 i64)
  (local $t:70 i64)
  (local $t:71 i64)
  (local $t:72 i32)
  (local $t:73 i32)
  (local $t:74 i64)
  (local $t:75 i64)
  (local $t:76 i64)
  (local $t:77 i64)
  (local $t:78 i64)
  (local $t:79 i64)
  (local $t:80 i64)
  (local $t:81 i32)
  (local $t:82 i64)
  (local $t:83 i64)
  (local $t:84 i64)
  (local $t:85 i64)
  (local $t:86 i32)
  (local $t:87 i32)
  (local $t:88 i64)
  (local $t:89 i64)
  (local $t:90 i64)
  (local $t:91 (tuple i32 i64))
  (local $t:92 i64)
  (local $t:93 i64)
  (local $t:94 i64)
  (local $t:95 i64)
  (local $t:96 i32)
  (local $t:97 i64)
  (local $t:98 i64)
  (local $t:99 i64)
  (local $t:100 i64)
  (local $t:101 i32)
  (local $t:102 i32)
  (local $t:103 i64)
  (local $t:104 i64)
  (local $t:105 i64)
  (local $t:106 i64)
  (local $t:107 i64)
  (local $t:108 i64)
  (local $t:109 i64)
  (local $t:110 (tuple i32 i64))
  (local $t:111 i32)
  (local $t:112 i64)
  (local $t:113 i64)
  (local $t:114 i64)
  (local $t:115 (tuple i32 i64))
  (local $t:116 i64)
  (local $t:117 i64)
  (local $t:118 i64)
  (local $t:119 i64)
  (local $t:120 i64)
  (local $t:121 i64)
  (local $t:122 i32)
  (local $t:123 i32)
  (local $t:124 i64)
  (local $t:125 i64)
  (local $t:126 i64)
  (local $t:127 i64)
  (local $t:128 i64)
  (local $t:129 i64)
  (local $t:130 i64)
  (local $t:131 i32)
  (local $t:132 i64)
  (local $t:133 i64)
  (local $t:134 i64)
  (local $t:135 i64)
  (local $t:136 (tuple i32 i64))
  (local $t:137 i64)
  (local $t:138 i64)
  (local $t:139 (tuple i32 i64))
  (local $t:140 (tuple i32 i64))
  (local $t:141 i64)
  (local $t:142 i64)
  (local $t:143 (tuple i32 i64))
  (local $t:144 i64)
  (local $t:145 i64)
  (local $t:146 i32)
  (local $t:147 i64)
  (local $t:148 i64)
  (local $t:149 i32)
  (local $t:150 i64)
  (local $t:151 i64)
  (local $t:152 i32)
  (local $t:153 i64)
  (local $t:154 i64)
  (local $t:155 i32)
  (local $t:156 i64)
  (local $t:157 i64)
  (local $t:158 i64)
  (local $t:159 i64)
  (local $t:160 (tuple i32 i64))
  (local $t:161 i64)
  (local $t:162 i64)
  (local $t:163 (tuple i32 i64))
  (local $t:164 i64)
  (local $t:165 i64)
  (local $t:166 (tuple i32 i64))
  (local $t:167 i64)
  (local $t:168 i64)
  (local $t:169 (tuple i32 i64))
  (local $t:170 (tuple i32 i64))
  (local $t:171 (tuple i32 i64))
  (local $t:172 i32)
  (local $t:173 i64)
  (local $t:174 i64)
  (local $t:175 i32)
  (local $t:176 i64)
  (local $t:177 i64)
  (local $t:178 i32)
  (local $t:179 i64)
  (local $t:180 i64)
  (local $t:181 i32)
  (local $t:182 i64)
  (local $t:183 i64)
  (local $t:184 i64)
  (local $t:185 i64)
  (local $t:186 i64)
  (local $t:187 i64)
  (local $t:188 i64)
  (local $t:189 i64)
  (local $t:190 (tuple i32 i64))
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
    (local.set $name
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
    (local.set $n
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
           (i32.const 48)
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
      (local.set $hello
       (block $e1 (result i32)
        (local.set $part
         (local.get $name)
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
           (i32.add
            (i32.const 7)
            (local.get $slen)
           )
          )
          (global.get $tetra:scratch_end)
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
        (block
         (local.set $t:66
          (i64.extend_i32_u
           (local.get $cur)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:66)
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
              (local.get $t:66)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:66)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:66)
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
               (local.get $t:66)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:66)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:66)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:66)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:67
                  (i64.add
                   (i64.add
                    (local.get $t:66)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:66)
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
                   (local.get $t:67)
                   (i64.gt_u
                    (local.get $t:67)
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
                  (local.get $t:66)
                  (i64.const 4)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:67
                  (i64.add
                   (i64.add
                    (local.get $t:66)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:66)
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
                    (local.get $t:67)
                    (i64.gt_u
                     (local.get $t:67)
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
          (local.get $cur)
          (i32.const 1819043144)
         )
        )
        (block
         (local.set $t:68
          (i64.add
           (i64.extend_i32_u
            (local.get $cur)
           )
           (i64.const 4)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:68)
             (i64.const 2)
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
               (i64.const 2)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:68)
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
                  (i64.const 2)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:69
                  (i64.add
                   (i64.add
                    (local.get $t:68)
                    (i64.const 2)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:68)
                       (i64.const 2)
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
                  (i64.const 2)
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
                    (i64.const 2)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:68)
                       (i64.const 2)
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
         (i32.store16 offset=4 align=1
          (local.get $cur)
          (i32.const 11375)
         )
        )
        (block
         (local.set $t:70
          (i64.add
           (i64.extend_i32_u
            (local.get $cur)
           )
           (i64.const 6)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:70)
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
              (local.get $t:70)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:70)
               (i64.const 1)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:70)
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
                  (i64.const 1)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:71
                  (i64.add
                   (i64.add
                    (local.get $t:70)
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:70)
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
                  (i64.const 1)
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
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:70)
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
         (i32.store8 offset=6
          (local.get $cur)
          (i32.const 32)
         )
        )
        (local.set $cur
         (i32.add
          (local.get $cur)
          (i32.const 7)
         )
        )
        (block
         (local.set $t:72
          (local.get $cur)
         )
         (local.set $t:73
          (i32.add
           (local.get $s)
           (i32.const 4)
          )
         )
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $t:73)
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
            (i32.const 5)
           )
           (unreachable)
          )
         )
         (local.set $t:74
          (i64.extend_i32_u
           (local.get $t:72)
          )
         )
         (local.set $t:75
          (i64.add
           (local.get $t:74)
           (i64.extend_i32_u
            (local.get $slen)
           )
          )
         )
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:74)
            (global.get $tetra:scratch_start)
           )
           (i64.gt_u
            (i64.sub
             (local.get $t:75)
             (global.get $tetra:scratch_start)
            )
            (global.get $tetra:high_span)
           )
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:74)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (local.get $t:75)
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (local.get $t:75)
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
                 (local.get $t:75)
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:76
                  (i64.add
                   (local.get $t:75)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:75)
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
                 (local.get $t:75)
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:76
                  (i64.add
                   (local.get $t:75)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:75)
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
         (memory.copy
          (local.get $t:72)
          (local.get $t:73)
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
           (i32.const 1)
          )
          (global.get $tetra:scratch_end)
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
        (block
         (local.set $t:77
          (i64.extend_i32_u
           (local.get $cur)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:77)
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
              (local.get $t:77)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:77)
               (i64.const 1)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:77)
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
                  (i64.const 1)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:78
                  (i64.add
                   (i64.add
                    (local.get $t:77)
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:77)
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
                  (i64.const 1)
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
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:77)
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
         (i32.store8
          (local.get $cur)
          (i32.const 33)
         )
        )
        (local.set $cur
         (i32.add
          (local.get $cur)
          (i32.const 1)
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
         (local.set $t:79
          (i64.extend_i32_u
           (local.get $text)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:79)
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
              (local.get $t:79)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:79)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:79)
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
               (local.get $t:79)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:79)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:79)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:79)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:80
                  (i64.add
                   (i64.add
                    (local.get $t:79)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:79)
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
                   (local.get $t:80)
                   (i64.gt_u
                    (local.get $t:80)
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
                  (local.get $t:79)
                  (i64.const 4)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:80
                  (i64.add
                   (i64.add
                    (local.get $t:79)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:79)
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
                    (local.get $t:80)
                    (i64.gt_u
                     (local.get $t:80)
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
         (local.set $t:81
          (i32.add
           (local.get $len)
           (i32.const 4)
          )
         )
         (local.set $t:82
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
         (local.set $t:83
          (i64.add
           (local.get $t:82)
           (i64.extend_i32_u
            (local.get $t:81)
           )
          )
         )
         (if
          (i64.gt_u
           (local.get $t:83)
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
           (local.get $t:83)
          )
         )
         (if
          (i64.gt_u
           (local.get $t:83)
           (i64.add
            (global.get $tetra:scratch_start)
            (global.get $tetra:high_span)
           )
          )
          (then
           (global.set $tetra:high_span
            (i64.sub
             (local.get $t:83)
             (global.get $tetra:scratch_start)
            )
           )
          )
         )
         (i32.wrap_i64
          (local.get $t:82)
         )
        )
       )
      )
      (block
       (local.set $t:84
        (i64.extend_i32_u
         (local.get $dict)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:84)
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
            (local.get $t:84)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:84)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:84)
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
             (local.get $t:84)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:84)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:84)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:84)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:85
                (i64.add
                 (i64.add
                  (local.get $t:84)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:84)
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
                 (local.get $t:85)
                 (i64.gt_u
                  (local.get $t:85)
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
                (local.get $t:84)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:85
                (i64.add
                 (i64.add
                  (local.get $t:84)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:84)
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
                  (local.get $t:85)
                  (i64.gt_u
                   (local.get $t:85)
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
        (local.get $hello)
       )
      )
      (local.set $counted
       (block $e3 (result i32)
        (local.set $part.1
         (local.get $name)
        )
        (local.set $part.2
         (local.get $n)
        )
        (local.set $text.1
         (i32.and
          (i32.add
           (global.get $tetra:scratch_ptr)
           (i32.const 3)
          )
          (i32.const -4)
         )
        )
        (local.set $cur.1
         (i32.add
          (local.get $text.1)
          (i32.const 4)
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
           (local.get $cur.1)
           (local.get $slen.1)
          )
          (global.get $tetra:scratch_end)
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
        (block
         (local.set $t:86
          (local.get $cur.1)
         )
         (local.set $t:87
          (i32.add
           (local.get $s.1)
           (i32.const 4)
          )
         )
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $t:87)
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
            (i32.const 6)
           )
           (unreachable)
          )
         )
         (local.set $t:88
          (i64.extend_i32_u
           (local.get $t:86)
          )
         )
         (local.set $t:89
          (i64.add
           (local.get $t:88)
           (i64.extend_i32_u
            (local.get $slen.1)
           )
          )
         )
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:88)
            (global.get $tetra:scratch_start)
           )
           (i64.gt_u
            (i64.sub
             (local.get $t:89)
             (global.get $tetra:scratch_start)
            )
            (global.get $tetra:high_span)
           )
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:88)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (local.get $t:89)
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (local.get $t:89)
               (global.get $tetra:arena)
              )
              (then
               (call $tetra:trap
                (i32.const 17)
                (i32.const 6)
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
                 (local.get $t:89)
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:90
                  (i64.add
                   (local.get $t:89)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:89)
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
                 (local.get $t:89)
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:90
                  (i64.add
                   (local.get $t:89)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:89)
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
         (memory.copy
          (local.get $t:86)
          (local.get $t:87)
          (local.get $slen.1)
         )
        )
        (local.set $cur.1
         (i32.add
          (local.get $cur.1)
          (local.get $slen.1)
         )
        )
        (if
         (i32.gt_u
          (i32.add
           (local.get $cur.1)
           (i32.const 20)
          )
          (global.get $tetra:scratch_end)
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
        (local.set $cur.1
         (i32.add
          (local.get $cur.1)
          (block (result i32)
           (local.set $t:91
            (call $rt.int_write
             (local.get $part.2)
             (local.get $cur.1)
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
             (local.get $t:91)
            )
           )
           (tuple.extract 2 0
            (local.get $t:91)
           )
          )
         )
        )
        (if
         (i32.gt_u
          (i32.add
           (local.get $cur.1)
           (i32.const 4)
          )
          (global.get $tetra:scratch_end)
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
        (block
         (local.set $t:92
          (i64.extend_i32_u
           (local.get $cur.1)
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
          (local.get $cur.1)
          (i32.const 1702195828)
         )
        )
        (local.set $cur.1
         (i32.add
          (local.get $cur.1)
          (i32.const 4)
         )
        )
        (local.set $len.1
         (i32.sub
          (i32.sub
           (local.get $cur.1)
           (local.get $text.1)
          )
          (i32.const 4)
         )
        )
        (block
         (local.set $t:94
          (i64.extend_i32_u
           (local.get $text.1)
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
          (local.get $text.1)
          (local.get $len.1)
         )
        )
        (block (result i32)
         (local.set $t:96
          (i32.add
           (local.get $len.1)
           (i32.const 4)
          )
         )
         (local.set $t:97
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
         (local.set $t:98
          (i64.add
           (local.get $t:97)
           (i64.extend_i32_u
            (local.get $t:96)
           )
          )
         )
         (if
          (i64.gt_u
           (local.get $t:98)
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
           (local.get $t:98)
          )
         )
         (if
          (i64.gt_u
           (local.get $t:98)
           (i64.add
            (global.get $tetra:scratch_start)
            (global.get $tetra:high_span)
           )
          )
          (then
           (global.set $tetra:high_span
            (i64.sub
             (local.get $t:98)
             (global.get $tetra:scratch_start)
            )
           )
          )
         )
         (i32.wrap_i64
          (local.get $t:97)
         )
        )
       )
      )
      (block
       (local.set $t:99
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
        (local.get $dict)
        (local.get $counted)
       )
      )
      (local.set $interpolated
       (block $e6 (result i32)
        (local.set $part.3
         (local.get $name)
        )
        (local.set $part.4
         (local.get $n)
        )
        (local.set $part.5
         (f64.mul
          (f64.convert_i64_s
           (local.get $n)
          )
          (f64.const 1.5)
         )
        )
        (local.set $part.6
         (i64.gt_s
          (local.get $n)
          (i64.const 2)
         )
        )
        (local.set $text.2
         (i32.and
          (i32.add
           (global.get $tetra:scratch_ptr)
           (i32.const 3)
          )
          (i32.const -4)
         )
        )
        (local.set $cur.2
         (i32.add
          (local.get $text.2)
          (i32.const 4)
         )
        )
        (local.set $s.2
         (local.get $part.3)
        )
        (local.set $slen.2
         (block (result i32)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $s.2)
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
           (local.get $s.2)
          )
         )
        )
        (if
         (i32.gt_u
          (i32.add
           (local.get $cur.2)
           (local.get $slen.2)
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
         (local.set $t:101
          (local.get $cur.2)
         )
         (local.set $t:102
          (i32.add
           (local.get $s.2)
           (i32.const 4)
          )
         )
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $t:102)
            )
            (i64.extend_i32_u
             (local.get $slen.2)
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
         (local.set $t:103
          (i64.extend_i32_u
           (local.get $t:101)
          )
         )
         (local.set $t:104
          (i64.add
           (local.get $t:103)
           (i64.extend_i32_u
            (local.get $slen.2)
           )
          )
         )
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:103)
            (global.get $tetra:scratch_start)
           )
           (i64.gt_u
            (i64.sub
             (local.get $t:104)
             (global.get $tetra:scratch_start)
            )
            (global.get $tetra:high_span)
           )
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:103)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (local.get $t:104)
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (local.get $t:104)
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
                 (local.get $t:104)
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:105
                  (i64.add
                   (local.get $t:104)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:104)
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
                   (local.get $t:105)
                   (i64.gt_u
                    (local.get $t:105)
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
                 (local.get $t:104)
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:105
                  (i64.add
                   (local.get $t:104)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:104)
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
                    (local.get $t:105)
                    (i64.gt_u
                     (local.get $t:105)
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
          (local.get $t:101)
          (local.get $t:102)
          (local.get $slen.2)
         )
        )
        (local.set $cur.2
         (i32.add
          (local.get $cur.2)
          (local.get $slen.2)
         )
        )
        (if
         (i32.gt_u
          (i32.add
           (local.get $cur.2)
           (i32.const 25)
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
         (local.set $t:106
          (i64.extend_i32_u
           (local.get $cur.2)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:106)
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
              (local.get $t:106)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:106)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:106)
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
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:107
                  (i64.add
                   (i64.add
                    (local.get $t:106)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:106)
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
                  (i64.const 4)
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
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:106)
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
         (i32.store align=1
          (local.get $cur.2)
          (i32.const 1935763488)
         )
        )
        (block
         (local.set $t:108
          (i64.add
           (i64.extend_i32_u
            (local.get $cur.2)
           )
           (i64.const 4)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:108)
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
              (local.get $t:108)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:108)
               (i64.const 1)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:108)
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
                  (i64.const 1)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:109
                  (i64.add
                   (i64.add
                    (local.get $t:108)
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:108)
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
                  (i64.const 1)
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
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:108)
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
         (i32.store8 offset=4
          (local.get $cur.2)
          (i32.const 32)
         )
        )
        (local.set $cur.2
         (i32.add
          (local.get $cur.2)
          (i32.const 5)
         )
        )
        (local.set $cur.2
         (i32.add
          (local.get $cur.2)
          (block (result i32)
           (local.set $t:110
            (call $rt.int_write
             (local.get $part.4)
             (local.get $cur.2)
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
             (local.get $t:110)
            )
           )
           (tuple.extract 2 0
            (local.get $t:110)
           )
          )
         )
        )
        (if
         (i32.gt_u
          (i32.add
           (local.get $cur.2)
           (i32.const 340)
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
         (local.set $t:111
          (i32.add
           (local.get $cur.2)
           (i32.const 0)
          )
         )
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (i32.const 10900)
            )
            (i64.extend_i32_u
             (i32.const 10)
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
         (local.set $t:112
          (i64.extend_i32_u
           (local.get $t:111)
          )
         )
         (local.set $t:113
          (i64.add
           (local.get $t:112)
           (i64.extend_i32_u
            (i32.const 10)
           )
          )
         )
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:112)
            (global.get $tetra:scratch_start)
           )
           (i64.gt_u
            (i64.sub
             (local.get $t:113)
             (global.get $tetra:scratch_start)
            )
            (global.get $tetra:high_span)
           )
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:112)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (local.get $t:113)
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (local.get $t:113)
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
                 (local.get $t:113)
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:114
                  (i64.add
                   (local.get $t:113)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:113)
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
                   (local.get $t:114)
                   (i64.gt_u
                    (local.get $t:114)
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
                 (local.get $t:113)
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:114
                  (i64.add
                   (local.get $t:113)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:113)
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
                    (local.get $t:114)
                    (i64.gt_u
                     (local.get $t:114)
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
          (local.get $t:111)
          (i32.const 10900)
          (i32.const 10)
         )
        )
        (local.set $cur.2
         (i32.add
          (local.get $cur.2)
          (i32.const 10)
         )
        )
        (local.set $cur.2
         (i32.add
          (local.get $cur.2)
          (block (result i32)
           (local.set $t:115
            (call $rt.float_text_write
             (local.get $part.5)
             (local.get $cur.2)
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
             (local.get $t:115)
            )
           )
           (tuple.extract 2 0
            (local.get $t:115)
           )
          )
         )
        )
        (local.set $s.3
         (select
          (i32.const 10912)
          (i32.const 10920)
          (local.get $part.6)
         )
        )
        (local.set $slen.3
         (block (result i32)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $s.3)
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
           (local.get $s.3)
          )
         )
        )
        (if
         (i32.gt_u
          (i32.add
           (local.get $cur.2)
           (i32.add
            (i32.const 7)
            (local.get $slen.3)
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
         (local.set $t:116
          (i64.extend_i32_u
           (local.get $cur.2)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:116)
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
              (local.get $t:116)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:116)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:116)
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
               (local.get $t:116)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:116)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:116)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:116)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:117
                  (i64.add
                   (i64.add
                    (local.get $t:116)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:116)
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
                   (local.get $t:117)
                   (i64.gt_u
                    (local.get $t:117)
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
                  (local.get $t:116)
                  (i64.const 4)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:117
                  (i64.add
                   (i64.add
                    (local.get $t:116)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:116)
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
                    (local.get $t:117)
                    (i64.gt_u
                     (local.get $t:117)
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
          (local.get $cur.2)
          (i32.const 1667327264)
         )
        )
        (block
         (local.set $t:118
          (i64.add
           (i64.extend_i32_u
            (local.get $cur.2)
           )
           (i64.const 4)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:118)
             (i64.const 2)
            )
            (global.get $tetra:scratch_start)
           )
           (global.get $tetra:high_span)
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:118)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:118)
               (i64.const 2)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:118)
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
             (if
              (i64.lt_u
               (local.get $t:118)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:118)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:118)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:118)
                  (i64.const 2)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:119
                  (i64.add
                   (i64.add
                    (local.get $t:118)
                    (i64.const 2)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:118)
                       (i64.const 2)
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
                   (local.get $t:119)
                   (i64.gt_u
                    (local.get $t:119)
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
                  (local.get $t:118)
                  (i64.const 2)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:119
                  (i64.add
                   (i64.add
                    (local.get $t:118)
                    (i64.const 2)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:118)
                       (i64.const 2)
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
                    (local.get $t:119)
                    (i64.gt_u
                     (local.get $t:119)
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
         (i32.store16 offset=4 align=1
          (local.get $cur.2)
          (i32.const 8296)
         )
        )
        (block
         (local.set $t:120
          (i64.add
           (i64.extend_i32_u
            (local.get $cur.2)
           )
           (i64.const 6)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:120)
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
              (local.get $t:120)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:120)
               (i64.const 1)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:120)
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
                  (i64.const 1)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:121
                  (i64.add
                   (i64.add
                    (local.get $t:120)
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:120)
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
                  (i64.const 1)
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
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:120)
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
         (i32.store8 offset=6
          (local.get $cur.2)
          (i32.const 40)
         )
        )
        (local.set $cur.2
         (i32.add
          (local.get $cur.2)
          (i32.const 7)
         )
        )
        (block
         (local.set $t:122
          (local.get $cur.2)
         )
         (local.set $t:123
          (i32.add
           (local.get $s.3)
           (i32.const 4)
          )
         )
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $t:123)
            )
            (i64.extend_i32_u
             (local.get $slen.3)
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
         (local.set $t:124
          (i64.extend_i32_u
           (local.get $t:122)
          )
         )
         (local.set $t:125
          (i64.add
           (local.get $t:124)
           (i64.extend_i32_u
            (local.get $slen.3)
           )
          )
         )
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:124)
            (global.get $tetra:scratch_start)
           )
           (i64.gt_u
            (i64.sub
             (local.get $t:125)
             (global.get $tetra:scratch_start)
            )
            (global.get $tetra:high_span)
           )
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:124)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (local.get $t:125)
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (local.get $t:125)
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
                 (local.get $t:125)
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:126
                  (i64.add
                   (local.get $t:125)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:125)
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
                   (local.get $t:126)
                   (i64.gt_u
                    (local.get $t:126)
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
                 (local.get $t:125)
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:126
                  (i64.add
                   (local.get $t:125)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:125)
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
                    (local.get $t:126)
                    (i64.gt_u
                     (local.get $t:126)
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
          (local.get $t:122)
          (local.get $t:123)
          (local.get $slen.3)
         )
        )
        (local.set $cur.2
         (i32.add
          (local.get $cur.2)
          (local.get $slen.3)
         )
        )
        (if
         (i32.gt_u
          (i32.add
           (local.get $cur.2)
           (i32.const 1)
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
         (local.set $t:127
          (i64.extend_i32_u
           (local.get $cur.2)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:127)
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
              (local.get $t:127)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:127)
               (i64.const 1)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:127)
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
                  (i64.const 1)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:128
                  (i64.add
                   (i64.add
                    (local.get $t:127)
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:127)
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
                  (i64.const 1)
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
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:127)
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
         (i32.store8
          (local.get $cur.2)
          (i32.const 41)
         )
        )
        (local.set $cur.2
         (i32.add
          (local.get $cur.2)
          (i32.const 1)
         )
        )
        (local.set $len.2
         (i32.sub
          (i32.sub
           (local.get $cur.2)
           (local.get $text.2)
          )
          (i32.const 4)
         )
        )
        (block
         (local.set $t:129
          (i64.extend_i32_u
           (local.get $text.2)
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
          (local.get $text.2)
          (local.get $len.2)
         )
        )
        (block (result i32)
         (local.set $t:131
          (i32.add
           (local.get $len.2)
           (i32.const 4)
          )
         )
         (local.set $t:132
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
         (local.set $t:133
          (i64.add
           (local.get $t:132)
           (i64.extend_i32_u
            (local.get $t:131)
           )
          )
         )
         (if
          (i64.gt_u
           (local.get $t:133)
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
           (local.get $t:133)
          )
         )
         (if
          (i64.gt_u
           (local.get $t:133)
           (i64.add
            (global.get $tetra:scratch_start)
            (global.get $tetra:high_span)
           )
          )
          (then
           (global.set $tetra:high_span
            (i64.sub
             (local.get $t:133)
             (global.get $tetra:scratch_start)
            )
           )
          )
         )
         (i32.wrap_i64
          (local.get $t:132)
         )
        )
       )
      )
      (block
       (local.set $t:134
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
       (i32.store offset=8 align=1
        (local.get $dict)
        (local.get $interpolated)
       )
      )
      (local.set $shout
       (block (result i32)
        (local.set $t:136
         (call $rt.str_upper
          (local.get $name)
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
          (local.get $t:136)
         )
        )
        (tuple.extract 2 0
         (local.get $t:136)
        )
       )
      )
      (block
       (local.set $t:137
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
           (local.get $t:137)
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
            (local.get $t:137)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:137)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:137)
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
             (local.get $t:137)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:137)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:137)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:137)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:138
                (i64.add
                 (i64.add
                  (local.get $t:137)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:137)
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
                 (local.get $t:138)
                 (i64.gt_u
                  (local.get $t:138)
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
                (local.get $t:137)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:138
                (i64.add
                 (i64.add
                  (local.get $t:137)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:137)
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
                  (local.get $t:138)
                  (i64.gt_u
                   (local.get $t:138)
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
        (local.get $shout)
       )
      )
      (local.set $quiet
       (block (result i32)
        (local.set $t:140
         (call $rt.str_lower
          (block (result i32)
           (local.set $t:139
            (call $rt.str_trim
             (i32.const 15680)
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
             (local.get $t:139)
            )
           )
           (tuple.extract 2 0
            (local.get $t:139)
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
          (local.get $t:140)
         )
        )
        (tuple.extract 2 0
         (local.get $t:140)
        )
       )
      )
      (block
       (local.set $t:141
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
           (local.get $t:141)
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
            (local.get $t:141)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:141)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:141)
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
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:142
                (i64.add
                 (i64.add
                  (local.get $t:141)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:141)
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
                (i64.const 4)
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
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:141)
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
       (i32.store offset=16 align=1
        (local.get $dict)
        (local.get $quiet)
       )
      )
      (local.set $words
       (block $e21 (result i32)
        (local.set $r
         (block (result i32)
          (local.set $t:143
           (call $rt.str_split
            (i32.const 24016)
            (i32.const 24028)
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
          (local.set $t:fuel
           (tuple.extract 2 1
            (local.get $t:143)
           )
          )
          (tuple.extract 2 0
           (local.get $t:143)
          )
         )
        )
        (if
         (i32.eqz
          (local.get $r)
         )
         (then
          (block
           (call $tetra:trap
            (i32.const 8)
            (i32.const 13)
           )
           (unreachable)
          )
         )
        )
        (local.get $r)
       )
      )
      (block
       (local.set $t:144
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
       (i32.store offset=20 align=1
        (local.get $dict)
        (local.get $words)
       )
      )
      (local.set $joined
       (block (result i32)
        (local.set $t:160
         (call $rt.str_join
          (block $e25 (result i32)
           (local.set $item
            (i32.const 24036)
           )
           (local.set $item.1
            (local.get $name)
           )
           (local.set $item.2
            (i32.const 24044)
           )
           (local.set $size
            (i64.const 16)
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
             (local.set $t:146
              (i32.wrap_i64
               (local.get $size)
              )
             )
             (local.set $t:147
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
             (local.set $t:148
              (i64.add
               (local.get $t:147)
               (i64.extend_i32_u
                (local.get $t:146)
               )
              )
             )
             (if
              (i64.gt_u
               (local.get $t:148)
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
               (local.get $t:148)
              )
             )
             (if
              (i64.gt_u
               (local.get $t:148)
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (global.set $tetra:high_span
                (i64.sub
                 (local.get $t:148)
                 (global.get $tetra:scratch_start)
                )
               )
              )
             )
             (i32.wrap_i64
              (local.get $t:147)
             )
            )
           )
           (local.set $len.3
            (i32.const 0)
           )
           (block
            (local.set $t:149
             (i32.add
              (i32.add
               (local.get $list)
               (i32.const 4)
              )
              (i32.mul
               (local.get $len.3)
               (i32.const 4)
              )
             )
            )
            (local.set $t:150
             (i64.extend_i32_u
              (local.get $t:149)
             )
            )
            (if
             (i64.gt_u
              (i64.sub
               (i64.add
                (local.get $t:150)
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
                 (local.get $t:150)
                 (global.get $tetra:low_start)
                )
                (i64.gt_u
                 (i64.add
                  (local.get $t:150)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
               )
               (then
                (if
                 (i64.gt_u
                  (i64.add
                   (local.get $t:150)
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
                     (i64.const 4)
                    )
                    (global.get $tetra:low_end)
                   )
                   (then
                    (local.set $t:151
                     (i64.add
                      (i64.add
                       (local.get $t:150)
                       (i64.const 4)
                      )
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (i64.add
                          (local.get $t:150)
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
                     (i64.const 4)
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
                       (i64.const 4)
                      )
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (i64.add
                          (local.get $t:150)
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
            (i32.store align=1
             (local.get $t:149)
             (local.get $item)
            )
           )
           (local.set $len.3
            (i32.add
             (local.get $len.3)
             (i32.const 1)
            )
           )
           (block
            (local.set $t:152
             (i32.add
              (i32.add
               (local.get $list)
               (i32.const 4)
              )
              (i32.mul
               (local.get $len.3)
               (i32.const 4)
              )
             )
            )
            (local.set $t:153
             (i64.extend_i32_u
              (local.get $t:152)
             )
            )
            (if
             (i64.gt_u
              (i64.sub
               (i64.add
                (local.get $t:153)
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
                 (local.get $t:153)
                 (global.get $tetra:low_start)
                )
                (i64.gt_u
                 (i64.add
                  (local.get $t:153)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
               )
               (then
                (if
                 (i64.gt_u
                  (i64.add
                   (local.get $t:153)
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
                  (local.get $t:153)
                  (global.get $tetra:scratch_start)
                 )
                 (then
                  (if
                   (i64.lt_u
                    (local.get $t:153)
                    (global.get $tetra:low_start)
                   )
                   (then
                    (global.set $tetra:low_start
                     (local.get $t:153)
                    )
                   )
                  )
                  (if
                   (i64.gt_u
                    (i64.add
                     (local.get $t:153)
                     (i64.const 4)
                    )
                    (global.get $tetra:low_end)
                   )
                   (then
                    (local.set $t:154
                     (i64.add
                      (i64.add
                       (local.get $t:153)
                       (i64.const 4)
                      )
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (i64.add
                          (local.get $t:153)
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
                      (local.get $t:154)
                      (i64.gt_u
                       (local.get $t:154)
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
                     (local.get $t:153)
                     (i64.const 4)
                    )
                    (i64.add
                     (global.get $tetra:scratch_start)
                     (global.get $tetra:high_span)
                    )
                   )
                   (then
                    (local.set $t:154
                     (i64.add
                      (i64.add
                       (local.get $t:153)
                       (i64.const 4)
                      )
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (i64.add
                          (local.get $t:153)
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
                       (local.get $t:154)
                       (i64.gt_u
                        (local.get $t:154)
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
             (local.get $t:152)
             (local.get $item.1)
            )
           )
           (local.set $len.3
            (i32.add
             (local.get $len.3)
             (i32.const 1)
            )
           )
           (block
            (local.set $t:155
             (i32.add
              (i32.add
               (local.get $list)
               (i32.const 4)
              )
              (i32.mul
               (local.get $len.3)
               (i32.const 4)
              )
             )
            )
            (local.set $t:156
             (i64.extend_i32_u
              (local.get $t:155)
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
            (i32.store align=1
             (local.get $t:155)
             (local.get $item.2)
            )
           )
           (local.set $len.3
            (i32.add
             (local.get $len.3)
             (i32.const 1)
            )
           )
           (block
            (local.set $t:158
             (i64.extend_i32_u
              (local.get $list)
             )
            )
            (if
             (i64.gt_u
              (i64.sub
               (i64.add
                (local.get $t:158)
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
                 (local.get $t:158)
                 (global.get $tetra:low_start)
                )
                (i64.gt_u
                 (i64.add
                  (local.get $t:158)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
               )
               (then
                (if
                 (i64.gt_u
                  (i64.add
                   (local.get $t:158)
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
                  (local.get $t:158)
                  (global.get $tetra:scratch_start)
                 )
                 (then
                  (if
                   (i64.lt_u
                    (local.get $t:158)
                    (global.get $tetra:low_start)
                   )
                   (then
                    (global.set $tetra:low_start
                     (local.get $t:158)
                    )
                   )
                  )
                  (if
                   (i64.gt_u
                    (i64.add
                     (local.get $t:158)
                     (i64.const 4)
                    )
                    (global.get $tetra:low_end)
                   )
                   (then
                    (local.set $t:159
                     (i64.add
                      (i64.add
                       (local.get $t:158)
                       (i64.const 4)
                      )
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (i64.add
                          (local.get $t:158)
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
                      (local.get $t:159)
                      (i64.gt_u
                       (local.get $t:159)
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
                     (local.get $t:158)
                     (i64.const 4)
                    )
                    (i64.add
                     (global.get $tetra:scratch_start)
                     (global.get $tetra:high_span)
                    )
                   )
                   (then
                    (local.set $t:159
                     (i64.add
                      (i64.add
                       (local.get $t:158)
                       (i64.const 4)
                      )
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (i64.add
                          (local.get $t:158)
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
                       (local.get $t:159)
                       (i64.gt_u
                        (local.get $t:159)
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
             (local.get $len.3)
            )
           )
           (local.get $list)
          )
          (i32.const 24052)
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
        (local.set $t:fuel
         (tuple.extract 2 1
          (local.get $t:160)
         )
        )
        (tuple.extract 2 0
         (local.get $t:160)
        )
       )
      )
      (block
       (local.set $t:161
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
           (local.get $t:161)
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
            (local.get $t:161)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:161)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:161)
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
             (local.get $t:161)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:161)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:161)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:161)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:162
                (i64.add
                 (i64.add
                  (local.get $t:161)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:161)
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
                 (local.get $t:162)
                 (i64.gt_u
                  (local.get $t:162)
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
                (local.get $t:161)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:162
                (i64.add
                 (i64.add
                  (local.get $t:161)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:161)
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
                  (local.get $t:162)
                  (i64.gt_u
                   (local.get $t:162)
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
        (local.get $joined)
       )
      )
      (local.set $replaced
       (block (result i32)
        (local.set $t:163
         (call $rt.str_replace
          (local.get $name)
          (i32.const 24060)
          (i32.const 24068)
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
          (local.get $t:163)
         )
        )
        (tuple.extract 2 0
         (local.get $t:163)
        )
       )
      )
      (block
       (local.set $t:164
        (i64.add
         (i64.extend_i32_u
          (local.get $dict)
         )
         (i64.const 28)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:164)
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
            (local.get $t:164)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:164)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:164)
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
             (local.get $t:164)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:164)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:164)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:164)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:165
                (i64.add
                 (i64.add
                  (local.get $t:164)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:164)
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
                 (local.get $t:165)
                 (i64.gt_u
                  (local.get $t:165)
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
                (local.get $t:164)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:165
                (i64.add
                 (i64.add
                  (local.get $t:164)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:164)
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
                  (local.get $t:165)
                  (i64.gt_u
                   (local.get $t:165)
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
       (i32.store offset=28 align=1
        (local.get $dict)
        (local.get $replaced)
       )
      )
      (local.set $prefix
       (block $e34 (result i32)
        (local.set $r.1
         (block (result i32)
          (local.set $t:166
           (call $rt.str_substring
            (local.get $name)
            (i64.const 0)
            (i64.const 2)
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
           )
          )
          (local.set $t:fuel
           (tuple.extract 2 1
            (local.get $t:166)
           )
          )
          (tuple.extract 2 0
           (local.get $t:166)
          )
         )
        )
        (if
         (i32.eqz
          (local.get $r.1)
         )
         (then
          (block
           (call $tetra:trap
            (i32.const 3)
            (i32.const 17)
           )
           (unreachable)
          )
         )
        )
        (local.get $r.1)
       )
      )
      (block
       (local.set $t:167
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
           (local.get $t:167)
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
            (local.get $t:167)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:167)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:167)
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
             (local.get $t:167)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:167)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:167)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:167)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:168
                (i64.add
                 (i64.add
                  (local.get $t:167)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:167)
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
                 (local.get $t:168)
                 (i64.gt_u
                  (local.get $t:168)
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
                (local.get $t:167)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:168
                (i64.add
                 (i64.add
                  (local.get $t:167)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:167)
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
                  (local.get $t:168)
                  (i64.gt_u
                   (local.get $t:168)
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
       (i32.store offset=32 align=1
        (local.get $dict)
        (local.get $prefix)
       )
      )
      (local.set $checks
       (block $e38 (result i32)
        (local.set $item.3
         (block (result i32)
          (local.set $t:169
           (call $rt.str_starts_with
            (local.get $name)
            (i32.const 24076)
            (block (result i32)
             (if
              (i32.ge_u
               (local.get $t:depth)
               (i32.const 1000)
              )
              (then
               (call $tetra:trap
                (i32.const 15)
                (i32.const 19)
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
            (local.get $t:169)
           )
          )
          (tuple.extract 2 0
           (local.get $t:169)
          )
         )
        )
        (local.set $item.4
         (block (result i32)
          (local.set $t:170
           (call $rt.str_ends_with
            (local.get $name)
            (i32.const 24060)
            (block (result i32)
             (if
              (i32.ge_u
               (local.get $t:depth)
               (i32.const 1000)
              )
              (then
               (call $tetra:trap
                (i32.const 15)
                (i32.const 20)
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
            (local.get $t:170)
           )
          )
          (tuple.extract 2 0
           (local.get $t:170)
          )
         )
        )
        (local.set $item.5
         (block (result i32)
          (local.set $t:171
           (call $rt.str_contains
            (local.get $name)
            (i32.const 24084)
            (block (result i32)
             (if
              (i32.ge_u
               (local.get $t:depth)
               (i32.const 1000)
              )
              (then
               (call $tetra:trap
                (i32.const 15)
                (i32.const 21)
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
            (local.get $t:171)
           )
          )
          (tuple.extract 2 0
           (local.get $t:171)
          )
         )
        )
        (local.set $size.1
         (i64.const 7)
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
          (local.set $t:172
           (i32.wrap_i64
            (local.get $size.1)
           )
          )
          (local.set $t:173
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
          (local.set $t:174
           (i64.add
            (local.get $t:173)
            (i64.extend_i32_u
             (local.get $t:172)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:174)
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
            (local.get $t:174)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:174)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:174)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:173)
          )
         )
        )
        (local.set $len.4
         (i32.const 0)
        )
        (block
         (local.set $t:175
          (i32.add
           (i32.add
            (local.get $list.1)
            (i32.const 4)
           )
           (i32.mul
            (local.get $len.4)
            (i32.const 1)
           )
          )
         )
         (local.set $t:176
          (i64.extend_i32_u
           (local.get $t:175)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:176)
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
              (local.get $t:176)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:176)
               (i64.const 1)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:176)
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
               (local.get $t:176)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:176)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:176)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:176)
                  (i64.const 1)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:177
                  (i64.add
                   (i64.add
                    (local.get $t:176)
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:176)
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
                   (local.get $t:177)
                   (i64.gt_u
                    (local.get $t:177)
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
                  (local.get $t:176)
                  (i64.const 1)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:177
                  (i64.add
                   (i64.add
                    (local.get $t:176)
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:176)
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
                    (local.get $t:177)
                    (i64.gt_u
                     (local.get $t:177)
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
          (local.get $t:175)
          (local.get $item.3)
         )
        )
        (local.set $len.4
         (i32.add
          (local.get $len.4)
          (i32.const 1)
         )
        )
        (block
         (local.set $t:178
          (i32.add
           (i32.add
            (local.get $list.1)
            (i32.const 4)
           )
           (i32.mul
            (local.get $len.4)
            (i32.const 1)
           )
          )
         )
         (local.set $t:179
          (i64.extend_i32_u
           (local.get $t:178)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:179)
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
              (local.get $t:179)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:179)
               (i64.const 1)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:179)
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
               (local.get $t:179)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:179)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:179)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:179)
                  (i64.const 1)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:180
                  (i64.add
                   (i64.add
                    (local.get $t:179)
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:179)
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
                   (local.get $t:180)
                   (i64.gt_u
                    (local.get $t:180)
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
                  (local.get $t:179)
                  (i64.const 1)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:180
                  (i64.add
                   (i64.add
                    (local.get $t:179)
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:179)
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
                    (local.get $t:180)
                    (i64.gt_u
                     (local.get $t:180)
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
          (local.get $t:178)
          (local.get $item.4)
         )
        )
        (local.set $len.4
         (i32.add
          (local.get $len.4)
          (i32.const 1)
         )
        )
        (block
         (local.set $t:181
          (i32.add
           (i32.add
            (local.get $list.1)
            (i32.const 4)
           )
           (i32.mul
            (local.get $len.4)
            (i32.const 1)
           )
          )
         )
         (local.set $t:182
          (i64.extend_i32_u
           (local.get $t:181)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:182)
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
              (local.get $t:182)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:182)
               (i64.const 1)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:182)
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
               (local.get $t:182)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:182)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:182)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:182)
                  (i64.const 1)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:183
                  (i64.add
                   (i64.add
                    (local.get $t:182)
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:182)
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
                   (local.get $t:183)
                   (i64.gt_u
                    (local.get $t:183)
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
                  (local.get $t:182)
                  (i64.const 1)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:183
                  (i64.add
                   (i64.add
                    (local.get $t:182)
                    (i64.const 1)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:182)
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
                    (local.get $t:183)
                    (i64.gt_u
                     (local.get $t:183)
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
          (local.get $t:181)
          (local.get $item.5)
         )
        )
        (local.set $len.4
         (i32.add
          (local.get $len.4)
          (i32.const 1)
         )
        )
        (block
         (local.set $t:184
          (i64.extend_i32_u
           (local.get $list.1)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:184)
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
              (local.get $t:184)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:184)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:184)
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
               (local.get $t:184)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:184)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:184)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:184)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:185
                  (i64.add
                   (i64.add
                    (local.get $t:184)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:184)
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
                   (local.get $t:185)
                   (i64.gt_u
                    (local.get $t:185)
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
                  (local.get $t:184)
                  (i64.const 4)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:185
                  (i64.add
                   (i64.add
                    (local.get $t:184)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:184)
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
                    (local.get $t:185)
                    (i64.gt_u
                     (local.get $t:185)
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
          (local.get $len.4)
         )
        )
        (local.get $list.1)
       )
      )
      (block
       (local.set $t:186
        (i64.add
         (i64.extend_i32_u
          (local.get $dict)
         )
         (i64.const 36)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:186)
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
            (local.get $t:186)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:186)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:186)
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
             (local.get $t:186)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:186)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:186)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:186)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:187
                (i64.add
                 (i64.add
                  (local.get $t:186)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:186)
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
                 (local.get $t:187)
                 (i64.gt_u
                  (local.get $t:187)
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
                (local.get $t:186)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:187
                (i64.add
                 (i64.add
                  (local.get $t:186)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:186)
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
                  (local.get $t:187)
                  (i64.gt_u
                   (local.get $t:187)
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
       (i32.store offset=36 align=1
        (local.get $dict)
        (local.get $checks)
       )
      )
      (local.set $size.2
       (i64.extend_i32_u
        (block (result i32)
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $name)
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
          (local.get $name)
         )
        )
       )
      )
      (block
       (local.set $t:188
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
           (local.get $t:188)
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
            (local.get $t:188)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:188)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:188)
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
             (local.get $t:188)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:188)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:188)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:188)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:189
                (i64.add
                 (i64.add
                  (local.get $t:188)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:188)
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
                 (local.get $t:189)
                 (i64.gt_u
                  (local.get $t:189)
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
                (local.get $t:188)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:189
                (i64.add
                 (i64.add
                  (local.get $t:188)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:188)
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
                  (local.get $t:189)
                  (i64.gt_u
                   (local.get $t:189)
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
        (local.get $size.2)
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
      (local.set $t:190
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
        (local.get $t:190)
       )
      )
      (tuple.extract 2 0
       (local.get $t:190)
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
