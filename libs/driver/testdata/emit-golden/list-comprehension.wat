;; From libs/driver/testdata/emit-golden/list-comprehension.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
;; `tetra emit wat libs/driver/testdata/emit-golden/list-comprehension.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
;; (all but the rt.* runtime and the codec.* JSON codec), in module order.
;; Defined functions (26):
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
;;   $codec.enc.int.3
;;   $codec.enc.list.2
;;   $codec.enc.list.1
;;   $codec.enc.bool.6
;;   $codec.enc.record.5
;;   $codec.enc.list.4
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
  (local $xs i32)
  (local $dict i32)
  (local $xs.1 i32)
  (local $size i64)
  (local $list i32)
  (local $len i32)
  (local $n i32)
  (local $k i32)
  (local $x i64)
  (local $x.1 i64)
  (local $squares_of_positive i32)
  (local $xs.2 i32)
  (local $size.1 i64)
  (local $list.1 i32)
  (local $len.1 i32)
  (local $n.1 i32)
  (local $k.1 i32)
  (local $x.2 i64)
  (local $x.3 i64)
  (local $lo i64)
  (local $hi i64)
  (local $count i64)
  (local $size.2 i64)
  (local $list.2 i32)
  (local $len.2 i32)
  (local $i i64)
  (local $y i64)
  (local $nested i32)
  (local $item i64)
  (local $spread i32)
  (local $xs.3 i32)
  (local $size.3 i64)
  (local $list.3 i32)
  (local $len.3 i32)
  (local $n.2 i32)
  (local $k.2 i32)
  (local $x.4 i64)
  (local $x.5 i64)
  (local $spread.1 i32)
  (local $size.4 i64)
  (local $list.4 i32)
  (local $len.4 i32)
  (local $slen i32)
  (local $slen.1 i32)
  (local $spliced i32)
  (local $xs.4 i32)
  (local $size.5 i64)
  (local $list.5 i32)
  (local $len.5 i32)
  (local $n.3 i32)
  (local $k.3 i32)
  (local $x.6 i64)
  (local $x.7 i64)
  (local $dict.1 i32)
  (local $n.4 i64)
  (local $odd i32)
  (local $records i32)
  (local $result i32)
  (local $json_start i32)
  (local $json_end i32)
  (local $result.1 i32)
  (local $t:68 (tuple i32 i64))
  (local $t:69 i64)
  (local $t:70 i64)
  (local $t:71 i32)
  (local $t:72 i64)
  (local $t:73 i64)
  (local $t:74 i64)
  (local $t:75 i64)
  (local $t:76 i64)
  (local $t:77 i32)
  (local $t:78 i32)
  (local $t:79 i64)
  (local $t:80 i64)
  (local $t:81 i64)
  (local $t:82 i64)
  (local $t:83 i32)
  (local $t:84 i32)
  (local $t:85 i64)
  (local $t:86 i64)
  (local $t:87 i64)
  (local $t:88 i64)
  (local $t:89 i64)
  (local $t:90 i64)
  (local $t:91 i64)
  (local $t:92 i64)
  (local $t:93 i32)
  (local $t:94 i64)
  (local $t:95 i64)
  (local $t:96 i32)
  (local $t:97 i32)
  (local $t:98 i32)
  (local $t:99 i32)
  (local $t:100 i64)
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
  (local $t:113 i64)
  (local $t:114 i64)
  (local $t:115 i64)
  (local $t:116 i64)
  (local $t:117 i64)
  (local $t:118 i64)
  (local $t:119 i64)
  (local $t:120 i64)
  (local $t:121 i64)
  (local $t:122 i64)
  (local $t:123 i32)
  (local $t:124 i64)
  (local $t:125 i64)
  (local $t:126 i64)
  (local $t:127 i64)
  (local $t:128 i64)
  (local $t:129 i64)
  (local $t:130 i64)
  (local $t:131 i64)
  (local $t:132 i64)
  (local $t:133 i32)
  (local $t:134 i32)
  (local $t:135 i64)
  (local $t:136 i64)
  (local $t:137 i32)
  (local $t:138 i32)
  (local $t:139 i64)
  (local $t:140 i64)
  (local $t:141 i64)
  (local $t:142 i64)
  (local $t:143 i64)
  (local $t:144 i64)
  (local $t:145 i32)
  (local $t:146 i64)
  (local $t:147 i64)
  (local $t:148 i32)
  (local $t:149 i64)
  (local $t:150 i64)
  (local $t:151 i32)
  (local $t:152 i32)
  (local $t:153 i32)
  (local $t:154 i64)
  (local $t:155 i64)
  (local $t:156 i64)
  (local $t:157 i32)
  (local $t:158 i32)
  (local $t:159 i32)
  (local $t:160 i64)
  (local $t:161 i64)
  (local $t:162 i64)
  (local $t:163 i64)
  (local $t:164 i64)
  (local $t:165 i64)
  (local $t:166 i64)
  (local $t:167 i32)
  (local $t:168 i64)
  (local $t:169 i64)
  (local $t:170 i32)
  (local $t:171 i32)
  (local $t:172 i32)
  (local $t:173 i64)
  (local $t:174 i64)
  (local $t:175 i64)
  (local $t:176 i64)
  (local $t:177 i64)
  (local $t:178 i64)
  (local $t:179 i64)
  (local $t:180 i64)
  (local $t:181 i64)
  (local $t:182 i64)
  (local $t:183 i64)
  (local $t:184 i64)
  (local $t:185 (tuple i32 i64))
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
      (local.set $t:68
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
        (local.get $t:68)
       )
      )
      (tuple.extract 2 0
       (local.get $t:68)
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
    (local.set $result
     (block $e0 (result i32)
      (local.set $dict
       (block (result i32)
        (local.set $t:69
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
        (local.set $t:70
         (i64.add
          (local.get $t:69)
          (i64.extend_i32_u
           (i32.const 16)
          )
         )
        )
        (if
         (i64.gt_u
          (local.get $t:70)
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
          (local.get $t:70)
         )
        )
        (if
         (i64.gt_u
          (local.get $t:70)
          (i64.add
           (global.get $tetra:scratch_start)
           (global.get $tetra:high_span)
          )
         )
         (then
          (global.set $tetra:high_span
           (i64.sub
            (local.get $t:70)
            (global.get $tetra:scratch_start)
           )
          )
         )
        )
        (i32.wrap_i64
         (local.get $t:69)
        )
       )
      )
      (local.set $squares_of_positive
       (block $e1 (result i32)
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
            (i32.const 4)
           )
           (unreachable)
          )
         )
        )
        (local.set $list
         (block (result i32)
          (local.set $t:71
           (i32.wrap_i64
            (local.get $size)
           )
          )
          (local.set $t:72
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
          (local.set $t:73
           (i64.add
            (local.get $t:72)
            (i64.extend_i32_u
             (local.get $t:71)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:73)
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
            (local.get $t:73)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:73)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:73)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:72)
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
        (local.set $k
         (i32.const 0)
        )
        (block
         (local.set $t:74
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
         (local.set $t:75
          (i64.sub
           (i64.extend_i32_u
            (local.get $n)
           )
           (i64.const 1)
          )
         )
         (local.set $t:76
          (i64.add
           (i64.add
            (i64.extend_i32_u
             (local.get $xs.1)
            )
            (i64.mul
             (local.get $t:75)
             (i64.const 8)
            )
           )
           (i64.const 16)
          )
         )
         (if
          (i32.and
           (i64.lt_u
            (local.get $t:74)
            (local.get $t:fuel)
           )
           (i32.or
            (i64.eqz
             (local.get $t:74)
            )
            (i64.le_u
             (local.get $t:76)
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
               (local.get $t:74)
               (i64.const 1)
              )
              (i64.const 1)
             )
            )
           )
           (block $block3:fast
            (loop $each4:fast
             (br_if $block3:fast
              (i32.ge_u
               (local.get $k)
               (local.get $n)
              )
             )
             (local.set $x
              (block (result i64)
               (local.set $t:77
                (i32.add
                 (local.get $xs.1)
                 (i32.mul
                  (local.get $k)
                  (i32.const 8)
                 )
                )
               )
               (i64.load offset=8 align=1
                (local.get $t:77)
               )
              )
             )
             (local.set $x.1
              (local.get $x)
             )
             (if
              (i64.gt_s
               (local.get $x.1)
               (i64.const 0)
              )
              (then
               (block
                (local.set $t:78
                 (i32.add
                  (local.get $list)
                  (i32.mul
                   (local.get $len)
                   (i32.const 8)
                  )
                 )
                )
                (local.set $t:79
                 (block (result i64)
                  (local.set $t:80
                   (i64.mul
                    (local.get $x.1)
                    (local.get $x.1)
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
                        (local.get $x.1)
                       )
                      )
                      (local.get $x.1)
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
                        (local.get $x.1)
                        (i64.const -9223372036854775808)
                       )
                       (then
                        (call $tetra:trap
                         (i32.const 2)
                         (i32.const 6)
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
                          (local.get $x.1)
                         )
                         (then
                          (call $tetra:trap
                           (i32.const 2)
                           (i32.const 6)
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
                  (i64.extend_i32_u
                   (local.get $t:78)
                  )
                  (i64.const 8)
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
                (i64.store offset=8 align=1
                 (local.get $t:78)
                 (local.get $t:79)
                )
               )
               (local.set $len
                (i32.add
                 (local.get $len)
                 (i32.const 1)
                )
               )
              )
             )
             (local.set $k
              (i32.add
               (local.get $k)
               (i32.const 1)
              )
             )
             (br $each4:fast)
            )
           )
          )
          (else
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
              (block (result i64)
               (local.set $t:83
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
                   (local.get $t:83)
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
                (local.get $t:83)
               )
              )
             )
             (local.set $x.1
              (local.get $x)
             )
             (if
              (i64.gt_s
               (local.get $x.1)
               (i64.const 0)
              )
              (then
               (block
                (local.set $t:84
                 (i32.add
                  (local.get $list)
                  (i32.mul
                   (local.get $len)
                   (i32.const 8)
                  )
                 )
                )
                (local.set $t:85
                 (block (result i64)
                  (local.set $t:86
                   (i64.mul
                    (local.get $x.1)
                    (local.get $x.1)
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
                        (local.get $x.1)
                       )
                      )
                      (local.get $x.1)
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
                        (local.get $x.1)
                        (i64.const -9223372036854775808)
                       )
                       (then
                        (call $tetra:trap
                         (i32.const 2)
                         (i32.const 6)
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
                          (local.get $x.1)
                         )
                         (then
                          (call $tetra:trap
                           (i32.const 2)
                           (i32.const 6)
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
                  (i64.extend_i32_u
                   (local.get $t:84)
                  )
                  (i64.const 8)
                 )
                )
                (if
                 (i64.gt_u
                  (i64.sub
                   (i64.add
                    (local.get $t:87)
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
                     (local.get $t:87)
                     (global.get $tetra:low_start)
                    )
                    (i64.gt_u
                     (i64.add
                      (local.get $t:87)
                      (i64.const 8)
                     )
                     (global.get $tetra:low_end)
                    )
                   )
                   (then
                    (if
                     (i64.gt_u
                      (i64.add
                       (local.get $t:87)
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
                         (i64.const 8)
                        )
                        (global.get $tetra:low_end)
                       )
                       (then
                        (local.set $t:88
                         (i64.add
                          (i64.add
                           (local.get $t:87)
                           (i64.const 8)
                          )
                          (i64.add
                           (i64.const 64)
                           (i64.shr_u
                            (i64.sub
                             (i64.add
                              (local.get $t:87)
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
                         (i64.const 8)
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
                           (i64.const 8)
                          )
                          (i64.add
                           (i64.const 64)
                           (i64.shr_u
                            (i64.sub
                             (i64.add
                              (local.get $t:87)
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
                (i64.store offset=8 align=1
                 (local.get $t:84)
                 (local.get $t:85)
                )
               )
               (local.set $len
                (i32.add
                 (local.get $len)
                 (i32.const 1)
                )
               )
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
          )
         )
        )
        (block
         (local.set $t:89
          (i64.extend_i32_u
           (local.get $list)
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
         (i32.store align=1
          (local.get $list)
          (local.get $len)
         )
        )
        (local.get $list)
       )
      )
      (block
       (local.set $t:91
        (i64.extend_i32_u
         (local.get $dict)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:91)
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
            (local.get $t:91)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:91)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:91)
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
             (local.get $t:91)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:91)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:91)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:91)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:92
                (i64.add
                 (i64.add
                  (local.get $t:91)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:91)
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
                 (local.get $t:92)
                 (i64.gt_u
                  (local.get $t:92)
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
                (local.get $t:91)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:92
                (i64.add
                 (i64.add
                  (local.get $t:91)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:91)
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
                  (local.get $t:92)
                  (i64.gt_u
                   (local.get $t:92)
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
        (local.get $squares_of_positive)
       )
      )
      (local.set $nested
       (block $e11 (result i32)
        (local.set $xs.2
         (local.get $xs)
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
            (i32.const 7)
           )
           (unreachable)
          )
         )
        )
        (local.set $list.1
         (block (result i32)
          (local.set $t:93
           (i32.wrap_i64
            (local.get $size.1)
           )
          )
          (local.set $t:94
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
          (local.set $t:95
           (i64.add
            (local.get $t:94)
            (i64.extend_i32_u
             (local.get $t:93)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:95)
            (i64.extend_i32_u
             (global.get $tetra:scratch_end)
            )
           )
           (then
            (call $tetra:trap
             (i32.const 15)
             (i32.const 7)
            )
            (unreachable)
           )
          )
          (global.set $tetra:scratch_ptr
           (i32.wrap_i64
            (local.get $t:95)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:95)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:95)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:94)
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
          (local.set $x.2
           (block (result i64)
            (local.set $t:96
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
                (local.get $t:96)
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
             (local.get $t:96)
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
                (i32.const 9)
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
                (i32.const 9)
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
             (local.set $t:97
              (i32.add
               (local.get $list.1)
               (i32.mul
                (local.get $len.1)
                (i32.const 4)
               )
              )
             )
             (local.set $t:98
              (block $e20 (result i32)
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
                   (i32.const 10)
                  )
                  (unreachable)
                 )
                )
               )
               (local.set $size.2
                (i64.add
                 (i64.const 8)
                 (i64.mul
                  (i64.extend_i32_u
                   (i32.wrap_i64
                    (local.get $count)
                   )
                  )
                  (i64.const 8)
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
                   (i32.const 11)
                  )
                  (unreachable)
                 )
                )
               )
               (local.set $list.2
                (block (result i32)
                 (local.set $t:99
                  (i32.wrap_i64
                   (local.get $size.2)
                  )
                 )
                 (local.set $t:100
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
                 (local.set $t:101
                  (i64.add
                   (local.get $t:100)
                   (i64.extend_i32_u
                    (local.get $t:99)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (local.get $t:101)
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
                   (local.get $t:101)
                  )
                 )
                 (if
                  (i64.gt_u
                   (local.get $t:101)
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (global.set $tetra:high_span
                    (i64.sub
                     (local.get $t:101)
                     (global.get $tetra:scratch_start)
                    )
                   )
                  )
                 )
                 (i32.wrap_i64
                  (local.get $t:100)
                 )
                )
               )
               (local.set $len.2
                (i32.const 0)
               )
               (local.set $i
                (local.get $lo)
               )
               (block
                (local.set $t:102
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
                (local.set $t:103
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $len.2)
                  )
                  (i64.sub
                   (local.get $t:102)
                   (i64.const 1)
                  )
                 )
                )
                (local.set $t:104
                 (i64.add
                  (i64.add
                   (i64.extend_i32_u
                    (local.get $list.2)
                   )
                   (i64.mul
                    (local.get $t:103)
                    (i64.const 8)
                   )
                  )
                  (i64.const 16)
                 )
                )
                (if
                 (i32.and
                  (i64.lt_u
                   (local.get $t:102)
                   (local.get $t:fuel)
                  )
                  (i32.or
                   (i64.eqz
                    (local.get $t:102)
                   )
                   (i32.and
                    (i32.and
                     (i64.lt_u
                      (local.get $t:102)
                      (i64.const 4294967296)
                     )
                     (i64.lt_u
                      (local.get $t:103)
                      (i64.const 4294967296)
                     )
                    )
                    (i64.le_u
                     (local.get $t:104)
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
                      (local.get $t:102)
                      (i64.const 1)
                     )
                     (i64.const 1)
                    )
                   )
                  )
                  (if
                   (i64.ne
                    (local.get $t:102)
                    (i64.const 0)
                   )
                   (then
                    (block
                     (local.set $t:105
                      (i64.add
                       (i64.add
                        (i64.extend_i32_u
                         (local.get $list.2)
                        )
                        (i64.mul
                         (i64.extend_i32_u
                          (local.get $len.2)
                         )
                         (i64.const 8)
                        )
                       )
                       (i64.const 8)
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
                         (local.get $t:104)
                         (global.get $tetra:low_end)
                        )
                        (then
                         (local.set $t:106
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
                         (local.get $t:104)
                         (i64.add
                          (global.get $tetra:scratch_start)
                          (global.get $tetra:high_span)
                         )
                        )
                        (then
                         (local.set $t:106
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
                  (block $block23:fast
                   (loop $range24:fast
                    (br_if $block23:fast
                     (i64.ge_s
                      (local.get $i)
                      (local.get $hi)
                     )
                    )
                    (local.set $y
                     (local.get $i)
                    )
                    (block
                     (local.set $t:107
                      (i32.add
                       (local.get $list.2)
                       (i32.mul
                        (local.get $len.2)
                        (i32.const 8)
                       )
                      )
                     )
                     (local.set $t:108
                      (block (result i64)
                       (local.set $t:109
                        (i64.add
                         (local.get $x.3)
                         (local.get $y)
                        )
                       )
                       (if
                        (i64.lt_s
                         (i64.and
                          (i64.xor
                           (local.get $x.3)
                           (local.get $t:109)
                          )
                          (i64.xor
                           (local.get $y)
                           (local.get $t:109)
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
                       (local.get $t:109)
                      )
                     )
                     (i64.store offset=8 align=1
                      (local.get $t:107)
                      (local.get $t:108)
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
                    (br $range24:fast)
                   )
                  )
                 )
                 (else
                  (block $block23
                   (loop $range24
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
                    (br_if $block23
                     (i64.ge_s
                      (local.get $i)
                      (local.get $hi)
                     )
                    )
                    (local.set $y
                     (local.get $i)
                    )
                    (block
                     (local.set $t:110
                      (i32.add
                       (local.get $list.2)
                       (i32.mul
                        (local.get $len.2)
                        (i32.const 8)
                       )
                      )
                     )
                     (local.set $t:111
                      (block (result i64)
                       (local.set $t:112
                        (i64.add
                         (local.get $x.3)
                         (local.get $y)
                        )
                       )
                       (if
                        (i64.lt_s
                         (i64.and
                          (i64.xor
                           (local.get $x.3)
                           (local.get $t:112)
                          )
                          (i64.xor
                           (local.get $y)
                           (local.get $t:112)
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
                       (local.get $t:112)
                      )
                     )
                     (local.set $t:113
                      (i64.add
                       (i64.extend_i32_u
                        (local.get $t:110)
                       )
                       (i64.const 8)
                      )
                     )
                     (if
                      (i64.gt_u
                       (i64.sub
                        (i64.add
                         (local.get $t:113)
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
                          (local.get $t:113)
                          (global.get $tetra:low_start)
                         )
                         (i64.gt_u
                          (i64.add
                           (local.get $t:113)
                           (i64.const 8)
                          )
                          (global.get $tetra:low_end)
                         )
                        )
                        (then
                         (if
                          (i64.gt_u
                           (i64.add
                            (local.get $t:113)
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
                           (local.get $t:113)
                           (global.get $tetra:scratch_start)
                          )
                          (then
                           (if
                            (i64.lt_u
                             (local.get $t:113)
                             (global.get $tetra:low_start)
                            )
                            (then
                             (global.set $tetra:low_start
                              (local.get $t:113)
                             )
                            )
                           )
                           (if
                            (i64.gt_u
                             (i64.add
                              (local.get $t:113)
                              (i64.const 8)
                             )
                             (global.get $tetra:low_end)
                            )
                            (then
                             (local.set $t:114
                              (i64.add
                               (i64.add
                                (local.get $t:113)
                                (i64.const 8)
                               )
                               (i64.add
                                (i64.const 64)
                                (i64.shr_u
                                 (i64.sub
                                  (i64.add
                                   (local.get $t:113)
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
                             (i64.add
                              (local.get $t:113)
                              (i64.const 8)
                             )
                             (i64.add
                              (global.get $tetra:scratch_start)
                              (global.get $tetra:high_span)
                             )
                            )
                            (then
                             (local.set $t:114
                              (i64.add
                               (i64.add
                                (local.get $t:113)
                                (i64.const 8)
                               )
                               (i64.add
                                (i64.const 64)
                                (i64.shr_u
                                 (i64.sub
                                  (i64.add
                                   (local.get $t:113)
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
                     (i64.store offset=8 align=1
                      (local.get $t:110)
                      (local.get $t:111)
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
                    (br $range24)
                   )
                  )
                 )
                )
               )
               (block
                (local.set $t:115
                 (i64.extend_i32_u
                  (local.get $list.2)
                 )
                )
                (if
                 (i64.gt_u
                  (i64.sub
                   (i64.add
                    (local.get $t:115)
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
                     (local.get $t:115)
                     (global.get $tetra:low_start)
                    )
                    (i64.gt_u
                     (i64.add
                      (local.get $t:115)
                      (i64.const 4)
                     )
                     (global.get $tetra:low_end)
                    )
                   )
                   (then
                    (if
                     (i64.gt_u
                      (i64.add
                       (local.get $t:115)
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
                         (i64.const 4)
                        )
                        (global.get $tetra:low_end)
                       )
                       (then
                        (local.set $t:116
                         (i64.add
                          (i64.add
                           (local.get $t:115)
                           (i64.const 4)
                          )
                          (i64.add
                           (i64.const 64)
                           (i64.shr_u
                            (i64.sub
                             (i64.add
                              (local.get $t:115)
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
                         (i64.const 4)
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
                           (i64.const 4)
                          )
                          (i64.add
                           (i64.const 64)
                           (i64.shr_u
                            (i64.sub
                             (i64.add
                              (local.get $t:115)
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
                (i32.store align=1
                 (local.get $list.2)
                 (local.get $len.2)
                )
               )
               (local.get $list.2)
              )
             )
             (local.set $t:117
              (i64.add
               (i64.extend_i32_u
                (local.get $t:97)
               )
               (i64.const 4)
              )
             )
             (if
              (i64.gt_u
               (i64.sub
                (i64.add
                 (local.get $t:117)
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
                  (local.get $t:117)
                  (global.get $tetra:low_start)
                 )
                 (i64.gt_u
                  (i64.add
                   (local.get $t:117)
                   (i64.const 4)
                  )
                  (global.get $tetra:low_end)
                 )
                )
                (then
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:117)
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
                      (i64.const 4)
                     )
                     (global.get $tetra:low_end)
                    )
                    (then
                     (local.set $t:118
                      (i64.add
                       (i64.add
                        (local.get $t:117)
                        (i64.const 4)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:117)
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
                      (i64.const 4)
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
                        (i64.const 4)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:117)
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
             (i32.store offset=4 align=1
              (local.get $t:97)
              (local.get $t:98)
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
          (br $each14)
         )
        )
        (block
         (local.set $t:119
          (i64.extend_i32_u
           (local.get $list.1)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:119)
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
              (local.get $t:119)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:119)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:119)
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
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:120
                  (i64.add
                   (i64.add
                    (local.get $t:119)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:119)
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
                  (i64.const 4)
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
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:119)
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
         (i32.store align=1
          (local.get $list.1)
          (local.get $len.1)
         )
        )
        (local.get $list.1)
       )
      )
      (block
       (local.set $t:121
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
           (local.get $t:121)
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
            (local.get $t:121)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:121)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:121)
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
             (local.get $t:121)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:121)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:121)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:121)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:122
                (i64.add
                 (i64.add
                  (local.get $t:121)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:121)
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
                 (local.get $t:122)
                 (i64.gt_u
                  (local.get $t:122)
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
                (local.get $t:121)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:122
                (i64.add
                 (i64.add
                  (local.get $t:121)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:121)
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
                  (local.get $t:122)
                  (i64.gt_u
                   (local.get $t:122)
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
        (local.get $nested)
       )
      )
      (local.set $spliced
       (block $e28 (result i32)
        (local.set $item
         (i64.const 0)
        )
        (local.set $spread
         (local.get $xs)
        )
        (local.set $spread.1
         (block $e31 (result i32)
          (local.set $xs.3
           (local.get $xs)
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
              (i32.const 14)
             )
             (unreachable)
            )
           )
          )
          (local.set $list.3
           (block (result i32)
            (local.set $t:123
             (i32.wrap_i64
              (local.get $size.3)
             )
            )
            (local.set $t:124
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
            (local.set $t:125
             (i64.add
              (local.get $t:124)
              (i64.extend_i32_u
               (local.get $t:123)
              )
             )
            )
            (if
             (i64.gt_u
              (local.get $t:125)
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
              (local.get $t:125)
             )
            )
            (if
             (i64.gt_u
              (local.get $t:125)
              (i64.add
               (global.get $tetra:scratch_start)
               (global.get $tetra:high_span)
              )
             )
             (then
              (global.set $tetra:high_span
               (i64.sub
                (local.get $t:125)
                (global.get $tetra:scratch_start)
               )
              )
             )
            )
            (i32.wrap_i64
             (local.get $t:124)
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
          (local.set $k.2
           (i32.const 0)
          )
          (block
           (local.set $t:126
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
           (local.set $t:127
            (i64.sub
             (i64.extend_i32_u
              (local.get $n.2)
             )
             (i64.const 1)
            )
           )
           (local.set $t:128
            (i64.add
             (i64.add
              (i64.extend_i32_u
               (local.get $xs.3)
              )
              (i64.mul
               (local.get $t:127)
               (i64.const 8)
              )
             )
             (i64.const 16)
            )
           )
           (local.set $t:129
            (i64.add
             (i64.extend_i32_u
              (local.get $len.3)
             )
             (i64.sub
              (local.get $t:126)
              (i64.const 1)
             )
            )
           )
           (local.set $t:130
            (i64.add
             (i64.add
              (i64.extend_i32_u
               (local.get $list.3)
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
              (local.get $t:126)
              (local.get $t:fuel)
             )
             (i32.or
              (i64.eqz
               (local.get $t:126)
              )
              (i32.and
               (i64.le_u
                (local.get $t:128)
                (global.get $tetra:arena)
               )
               (i32.and
                (i32.and
                 (i64.lt_u
                  (local.get $t:126)
                  (i64.const 4294967296)
                 )
                 (i64.lt_u
                  (local.get $t:129)
                  (i64.const 4294967296)
                 )
                )
                (i64.le_u
                 (local.get $t:130)
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
                 (local.get $t:126)
                 (i64.const 1)
                )
                (i64.const 1)
               )
              )
             )
             (if
              (i64.ne
               (local.get $t:126)
               (i64.const 0)
              )
              (then
               (block
                (local.set $t:131
                 (i64.add
                  (i64.add
                   (i64.extend_i32_u
                    (local.get $list.3)
                   )
                   (i64.mul
                    (i64.extend_i32_u
                     (local.get $len.3)
                    )
                    (i64.const 8)
                   )
                  )
                  (i64.const 8)
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
                    (local.get $t:130)
                    (global.get $tetra:low_end)
                   )
                   (then
                    (local.set $t:132
                     (i64.add
                      (local.get $t:130)
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (local.get $t:130)
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
                    (local.get $t:130)
                    (i64.add
                     (global.get $tetra:scratch_start)
                     (global.get $tetra:high_span)
                    )
                   )
                   (then
                    (local.set $t:132
                     (i64.add
                      (local.get $t:130)
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (local.get $t:130)
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
             (block $block33:fast
              (loop $each34:fast
               (br_if $block33:fast
                (i32.ge_u
                 (local.get $k.2)
                 (local.get $n.2)
                )
               )
               (local.set $x.4
                (block (result i64)
                 (local.set $t:133
                  (i32.add
                   (local.get $xs.3)
                   (i32.mul
                    (local.get $k.2)
                    (i32.const 8)
                   )
                  )
                 )
                 (i64.load offset=8 align=1
                  (local.get $t:133)
                 )
                )
               )
               (local.set $x.5
                (local.get $x.4)
               )
               (block
                (local.set $t:134
                 (i32.add
                  (local.get $list.3)
                  (i32.mul
                   (local.get $len.3)
                   (i32.const 8)
                  )
                 )
                )
                (local.set $t:135
                 (block (result i64)
                  (local.set $t:136
                   (i64.mul
                    (local.get $x.5)
                    (i64.const 10)
                   )
                  )
                  (if
                   (i32.eqz
                    (i32.and
                     (i64.eq
                      (i64.extend_i32_s
                       (i32.wrap_i64
                        (local.get $x.5)
                       )
                      )
                      (local.get $x.5)
                     )
                     (i64.eq
                      (i64.extend_i32_s
                       (i32.wrap_i64
                        (i64.const 10)
                       )
                      )
                      (i64.const 10)
                     )
                    )
                   )
                   (then
                    (if
                     (i64.eq
                      (local.get $x.5)
                      (i64.const -1)
                     )
                     (then
                      (if
                       (i64.eq
                        (i64.const 10)
                        (i64.const -9223372036854775808)
                       )
                       (then
                        (call $tetra:trap
                         (i32.const 2)
                         (i32.const 15)
                        )
                        (unreachable)
                       )
                      )
                     )
                     (else
                      (if
                       (i64.ne
                        (local.get $x.5)
                        (i64.const 0)
                       )
                       (then
                        (if
                         (i64.ne
                          (i64.div_s
                           (local.get $t:136)
                           (local.get $x.5)
                          )
                          (i64.const 10)
                         )
                         (then
                          (call $tetra:trap
                           (i32.const 2)
                           (i32.const 15)
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
                  (local.get $t:136)
                 )
                )
                (i64.store offset=8 align=1
                 (local.get $t:134)
                 (local.get $t:135)
                )
               )
               (local.set $len.3
                (i32.add
                 (local.get $len.3)
                 (i32.const 1)
                )
               )
               (local.set $k.2
                (i32.add
                 (local.get $k.2)
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
                 (local.get $k.2)
                 (local.get $n.2)
                )
               )
               (local.set $x.4
                (block (result i64)
                 (local.set $t:137
                  (i32.add
                   (local.get $xs.3)
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
                     (local.get $t:137)
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
                  (local.get $t:137)
                 )
                )
               )
               (local.set $x.5
                (local.get $x.4)
               )
               (block
                (local.set $t:138
                 (i32.add
                  (local.get $list.3)
                  (i32.mul
                   (local.get $len.3)
                   (i32.const 8)
                  )
                 )
                )
                (local.set $t:139
                 (block (result i64)
                  (local.set $t:140
                   (i64.mul
                    (local.get $x.5)
                    (i64.const 10)
                   )
                  )
                  (if
                   (i32.eqz
                    (i32.and
                     (i64.eq
                      (i64.extend_i32_s
                       (i32.wrap_i64
                        (local.get $x.5)
                       )
                      )
                      (local.get $x.5)
                     )
                     (i64.eq
                      (i64.extend_i32_s
                       (i32.wrap_i64
                        (i64.const 10)
                       )
                      )
                      (i64.const 10)
                     )
                    )
                   )
                   (then
                    (if
                     (i64.eq
                      (local.get $x.5)
                      (i64.const -1)
                     )
                     (then
                      (if
                       (i64.eq
                        (i64.const 10)
                        (i64.const -9223372036854775808)
                       )
                       (then
                        (call $tetra:trap
                         (i32.const 2)
                         (i32.const 15)
                        )
                        (unreachable)
                       )
                      )
                     )
                     (else
                      (if
                       (i64.ne
                        (local.get $x.5)
                        (i64.const 0)
                       )
                       (then
                        (if
                         (i64.ne
                          (i64.div_s
                           (local.get $t:140)
                           (local.get $x.5)
                          )
                          (i64.const 10)
                         )
                         (then
                          (call $tetra:trap
                           (i32.const 2)
                           (i32.const 15)
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
                  (local.get $t:140)
                 )
                )
                (local.set $t:141
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $t:138)
                  )
                  (i64.const 8)
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
                (i64.store offset=8 align=1
                 (local.get $t:138)
                 (local.get $t:139)
                )
               )
               (local.set $len.3
                (i32.add
                 (local.get $len.3)
                 (i32.const 1)
                )
               )
               (local.set $k.2
                (i32.add
                 (local.get $k.2)
                 (i32.const 1)
                )
               )
               (br $each34)
              )
             )
            )
           )
          )
          (block
           (local.set $t:143
            (i64.extend_i32_u
             (local.get $list.3)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:143)
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
                (local.get $t:143)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:143)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:143)
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
                 (local.get $t:143)
                 (global.get $tetra:scratch_start)
                )
                (then
                 (if
                  (i64.lt_u
                   (local.get $t:143)
                   (global.get $tetra:low_start)
                  )
                  (then
                   (global.set $tetra:low_start
                    (local.get $t:143)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:143)
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:144
                    (i64.add
                     (i64.add
                      (local.get $t:143)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:143)
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
                     (local.get $t:144)
                     (i64.gt_u
                      (local.get $t:144)
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
                    (local.get $t:143)
                    (i64.const 4)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:144
                    (i64.add
                     (i64.add
                      (local.get $t:143)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:143)
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
                      (local.get $t:144)
                      (i64.gt_u
                       (local.get $t:144)
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
        (local.set $size.4
         (i64.add
          (i64.const 8)
          (i64.mul
           (i64.extend_i32_u
            (i32.add
             (i32.add
              (i32.const 1)
              (block (result i32)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $spread)
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
                (local.get $spread)
               )
              )
             )
             (block (result i32)
              (if
               (i64.gt_u
                (i64.add
                 (i64.extend_i32_u
                  (local.get $spread.1)
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
               (local.get $spread.1)
              )
             )
            )
           )
           (i64.const 8)
          )
         )
        )
        (if
         (i64.gt_u
          (local.get $size.4)
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
        (local.set $list.4
         (block (result i32)
          (local.set $t:145
           (i32.wrap_i64
            (local.get $size.4)
           )
          )
          (local.set $t:146
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
          (local.set $t:147
           (i64.add
            (local.get $t:146)
            (i64.extend_i32_u
             (local.get $t:145)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:147)
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
            (local.get $t:147)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:147)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:147)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:146)
          )
         )
        )
        (local.set $len.4
         (i32.const 0)
        )
        (block
         (local.set $t:148
          (i32.add
           (i32.add
            (local.get $list.4)
            (i32.const 8)
           )
           (i32.mul
            (local.get $len.4)
            (i32.const 8)
           )
          )
         )
         (local.set $t:149
          (i64.extend_i32_u
           (local.get $t:148)
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
         (i64.store align=1
          (local.get $t:148)
          (local.get $item)
         )
        )
        (local.set $len.4
         (i32.add
          (local.get $len.4)
          (i32.const 1)
         )
        )
        (local.set $slen
         (block (result i32)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $spread)
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
           (local.get $spread)
          )
         )
        )
        (block
         (local.set $t:151
          (i32.add
           (i32.add
            (local.get $list.4)
            (i32.const 8)
           )
           (i32.mul
            (local.get $len.4)
            (i32.const 8)
           )
          )
         )
         (local.set $t:152
          (i32.add
           (local.get $spread)
           (i32.const 8)
          )
         )
         (local.set $t:153
          (i32.mul
           (local.get $slen)
           (i32.const 8)
          )
         )
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $t:152)
            )
            (i64.extend_i32_u
             (local.get $t:153)
            )
           )
           (global.get $tetra:arena)
          )
          (then
           (call $tetra:trap
            (i32.const 17)
            (i32.const 13)
           )
           (unreachable)
          )
         )
         (local.set $t:154
          (i64.extend_i32_u
           (local.get $t:151)
          )
         )
         (local.set $t:155
          (i64.add
           (local.get $t:154)
           (i64.extend_i32_u
            (local.get $t:153)
           )
          )
         )
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:154)
            (global.get $tetra:scratch_start)
           )
           (i64.gt_u
            (i64.sub
             (local.get $t:155)
             (global.get $tetra:scratch_start)
            )
            (global.get $tetra:high_span)
           )
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:154)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (local.get $t:155)
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (local.get $t:155)
               (global.get $tetra:arena)
              )
              (then
               (call $tetra:trap
                (i32.const 17)
                (i32.const 13)
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
                 (local.get $t:155)
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:156
                  (i64.add
                   (local.get $t:155)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:155)
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
                   (local.get $t:156)
                   (i64.gt_u
                    (local.get $t:156)
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
                 (local.get $t:155)
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:156
                  (i64.add
                   (local.get $t:155)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:155)
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
                    (local.get $t:156)
                    (i64.gt_u
                     (local.get $t:156)
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
          (local.get $t:151)
          (local.get $t:152)
          (local.get $t:153)
         )
        )
        (local.set $len.4
         (i32.add
          (local.get $len.4)
          (local.get $slen)
         )
        )
        (local.set $slen.1
         (block (result i32)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $spread.1)
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
           (local.get $spread.1)
          )
         )
        )
        (block
         (local.set $t:157
          (i32.add
           (i32.add
            (local.get $list.4)
            (i32.const 8)
           )
           (i32.mul
            (local.get $len.4)
            (i32.const 8)
           )
          )
         )
         (local.set $t:158
          (i32.add
           (local.get $spread.1)
           (i32.const 8)
          )
         )
         (local.set $t:159
          (i32.mul
           (local.get $slen.1)
           (i32.const 8)
          )
         )
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $t:158)
            )
            (i64.extend_i32_u
             (local.get $t:159)
            )
           )
           (global.get $tetra:arena)
          )
          (then
           (call $tetra:trap
            (i32.const 17)
            (i32.const 13)
           )
           (unreachable)
          )
         )
         (local.set $t:160
          (i64.extend_i32_u
           (local.get $t:157)
          )
         )
         (local.set $t:161
          (i64.add
           (local.get $t:160)
           (i64.extend_i32_u
            (local.get $t:159)
           )
          )
         )
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:160)
            (global.get $tetra:scratch_start)
           )
           (i64.gt_u
            (i64.sub
             (local.get $t:161)
             (global.get $tetra:scratch_start)
            )
            (global.get $tetra:high_span)
           )
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:160)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (local.get $t:161)
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (local.get $t:161)
               (global.get $tetra:arena)
              )
              (then
               (call $tetra:trap
                (i32.const 17)
                (i32.const 13)
               )
               (unreachable)
              )
             )
             (if
              (i64.lt_u
               (local.get $t:160)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:160)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:160)
                 )
                )
               )
               (if
                (i64.gt_u
                 (local.get $t:161)
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:162
                  (i64.add
                   (local.get $t:161)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:161)
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
                 (local.get $t:161)
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:162
                  (i64.add
                   (local.get $t:161)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:161)
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
         (memory.copy
          (local.get $t:157)
          (local.get $t:158)
          (local.get $t:159)
         )
        )
        (local.set $len.4
         (i32.add
          (local.get $len.4)
          (local.get $slen.1)
         )
        )
        (block
         (local.set $t:163
          (i64.extend_i32_u
           (local.get $list.4)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:163)
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
              (local.get $t:163)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:163)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:163)
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
               (local.get $t:163)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:163)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:163)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:163)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:164
                  (i64.add
                   (i64.add
                    (local.get $t:163)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:163)
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
                 (i64.add
                  (local.get $t:163)
                  (i64.const 4)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:164
                  (i64.add
                   (i64.add
                    (local.get $t:163)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:163)
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
         (i32.store align=1
          (local.get $list.4)
          (local.get $len.4)
         )
        )
        (local.get $list.4)
       )
      )
      (block
       (local.set $t:165
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
           (local.get $t:165)
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
            (local.get $t:165)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:165)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:165)
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
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:166
                (i64.add
                 (i64.add
                  (local.get $t:165)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:165)
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
                (i64.const 4)
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
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:165)
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
       (i32.store offset=8 align=1
        (local.get $dict)
        (local.get $spliced)
       )
      )
      (local.set $records
       (block $e38 (result i32)
        (local.set $xs.4
         (local.get $xs)
        )
        (local.set $size.5
         (i64.add
          (i64.const 4)
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
           (i64.const 4)
          )
         )
        )
        (if
         (i64.gt_u
          (local.get $size.5)
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
        (local.set $list.5
         (block (result i32)
          (local.set $t:167
           (i32.wrap_i64
            (local.get $size.5)
           )
          )
          (local.set $t:168
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
          (local.set $t:169
           (i64.add
            (local.get $t:168)
            (i64.extend_i32_u
             (local.get $t:167)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:169)
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
            (local.get $t:169)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:169)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:169)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:168)
          )
         )
        )
        (local.set $len.5
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
        (local.set $k.3
         (i32.const 0)
        )
        (block $block40
         (loop $each41
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
          (br_if $block40
           (i32.ge_u
            (local.get $k.3)
            (local.get $n.3)
           )
          )
          (local.set $x.6
           (block (result i64)
            (local.set $t:170
             (i32.add
              (local.get $xs.4)
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
                (local.get $t:170)
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
             (local.get $t:170)
            )
           )
          )
          (local.set $x.7
           (local.get $x.6)
          )
          (block
           (local.set $t:171
            (i32.add
             (local.get $list.5)
             (i32.mul
              (local.get $len.5)
              (i32.const 4)
             )
            )
           )
           (local.set $t:172
            (block $e42 (result i32)
             (local.set $dict.1
              (block (result i32)
               (local.set $t:173
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
               (local.set $t:174
                (i64.add
                 (local.get $t:173)
                 (i64.extend_i32_u
                  (i32.const 16)
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
                  (i32.const 17)
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
             (local.set $n.4
              (local.get $x.7)
             )
             (block
              (local.set $t:175
               (i64.extend_i32_u
                (local.get $dict.1)
               )
              )
              (if
               (i64.gt_u
                (i64.sub
                 (i64.add
                  (local.get $t:175)
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
                   (local.get $t:175)
                   (global.get $tetra:low_start)
                  )
                  (i64.gt_u
                   (i64.add
                    (local.get $t:175)
                    (i64.const 8)
                   )
                   (global.get $tetra:low_end)
                  )
                 )
                 (then
                  (if
                   (i64.gt_u
                    (i64.add
                     (local.get $t:175)
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
                       (i64.const 8)
                      )
                      (global.get $tetra:low_end)
                     )
                     (then
                      (local.set $t:176
                       (i64.add
                        (i64.add
                         (local.get $t:175)
                         (i64.const 8)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:175)
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
                       (i64.const 8)
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
                         (i64.const 8)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:175)
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
              (i64.store align=1
               (local.get $dict.1)
               (local.get $n.4)
              )
             )
             (local.set $odd
              (i32.eqz
               (i64.eq
                (block (result i64)
                 (if
                  (i64.eqz
                   (i64.const 2)
                  )
                  (then
                   (call $tetra:trap
                    (i32.const 1)
                    (i32.const 19)
                   )
                   (unreachable)
                  )
                 )
                 (if
                  (i32.and
                   (i64.eq
                    (local.get $x.7)
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
                    (i32.const 19)
                   )
                   (unreachable)
                  )
                 )
                 (i64.rem_s
                  (local.get $x.7)
                  (i64.const 2)
                 )
                )
                (i64.const 0)
               )
              )
             )
             (block
              (local.set $t:177
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
                  (local.get $t:177)
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
                   (local.get $t:177)
                   (global.get $tetra:low_start)
                  )
                  (i64.gt_u
                   (i64.add
                    (local.get $t:177)
                    (i64.const 1)
                   )
                   (global.get $tetra:low_end)
                  )
                 )
                 (then
                  (if
                   (i64.gt_u
                    (i64.add
                     (local.get $t:177)
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
                    (local.get $t:177)
                    (global.get $tetra:scratch_start)
                   )
                   (then
                    (if
                     (i64.lt_u
                      (local.get $t:177)
                      (global.get $tetra:low_start)
                     )
                     (then
                      (global.set $tetra:low_start
                       (local.get $t:177)
                      )
                     )
                    )
                    (if
                     (i64.gt_u
                      (i64.add
                       (local.get $t:177)
                       (i64.const 1)
                      )
                      (global.get $tetra:low_end)
                     )
                     (then
                      (local.set $t:178
                       (i64.add
                        (i64.add
                         (local.get $t:177)
                         (i64.const 1)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:177)
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
                        (local.get $t:178)
                        (i64.gt_u
                         (local.get $t:178)
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
                       (local.get $t:177)
                       (i64.const 1)
                      )
                      (i64.add
                       (global.get $tetra:scratch_start)
                       (global.get $tetra:high_span)
                      )
                     )
                     (then
                      (local.set $t:178
                       (i64.add
                        (i64.add
                         (local.get $t:177)
                         (i64.const 1)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:177)
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
                         (local.get $t:178)
                         (i64.gt_u
                          (local.get $t:178)
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
              (i32.store8 offset=8
               (local.get $dict.1)
               (local.get $odd)
              )
             )
             (local.get $dict.1)
            )
           )
           (local.set $t:179
            (i64.add
             (i64.extend_i32_u
              (local.get $t:171)
             )
             (i64.const 4)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:179)
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
                (local.get $t:179)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:179)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:179)
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
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:180
                    (i64.add
                     (i64.add
                      (local.get $t:179)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:179)
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
                    (i64.const 4)
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
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:179)
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
           (i32.store offset=4 align=1
            (local.get $t:171)
            (local.get $t:172)
           )
          )
          (local.set $len.5
           (i32.add
            (local.get $len.5)
            (i32.const 1)
           )
          )
          (local.set $k.3
           (i32.add
            (local.get $k.3)
            (i32.const 1)
           )
          )
          (br $each41)
         )
        )
        (block
         (local.set $t:181
          (i64.extend_i32_u
           (local.get $list.5)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:181)
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
              (local.get $t:181)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:181)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:181)
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
               (local.get $t:181)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:181)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:181)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:181)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:182
                  (i64.add
                   (i64.add
                    (local.get $t:181)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:181)
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
                   (local.get $t:182)
                   (i64.gt_u
                    (local.get $t:182)
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
                  (local.get $t:181)
                  (i64.const 4)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:182
                  (i64.add
                   (i64.add
                    (local.get $t:181)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:181)
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
                    (local.get $t:182)
                    (i64.gt_u
                     (local.get $t:182)
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
          (local.get $list.5)
          (local.get $len.5)
         )
        )
        (local.get $list.5)
       )
      )
      (block
       (local.set $t:183
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
           (local.get $t:183)
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
            (local.get $t:183)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:183)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:183)
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
             (local.get $t:183)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:183)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:183)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:183)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:184
                (i64.add
                 (i64.add
                  (local.get $t:183)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:183)
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
                 (local.get $t:184)
                 (i64.gt_u
                  (local.get $t:184)
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
                (local.get $t:183)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:184
                (i64.add
                 (i64.add
                  (local.get $t:183)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:183)
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
                  (local.get $t:184)
                  (i64.gt_u
                   (local.get $t:184)
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
        (local.get $records)
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
      (local.set $t:185
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
        (local.get $t:185)
       )
      )
      (tuple.extract 2 0
       (local.get $t:185)
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
