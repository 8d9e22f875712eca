;; From libs/driver/testdata/emit-golden/options.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
;; `tetra emit wat libs/driver/testdata/emit-golden/options.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
;; (all but the rt.* runtime and the codec.* JSON codec), in module order.
;; Defined functions (31):
;;   $tetra:trap
;;   $codec.hex4
;;   $rt.utf8_valid
;;   $codec.str_check
;;   $codec.num_end
;;   $codec.json_valid
;;   $codec.str_end
;;   $codec.str_unescape
;;   $codec.skip
;;   $codec.dec.int.1
;;   $codec.dec.option.0
;;   $codec.dec.string.3
;;   $codec.dec.option.2
;;   $main.args
;;   $rt.str_concat
;;   $rt.u64_digits
;;   $rt.u64_write_back
;;   $rt.int_write
;;   $codec.write_int
;;   $codec.enc.int.1
;;   $codec.write_str
;;   $codec.enc.string.2
;;   $codec.enc.option.4
;;   $codec.enc.list.3
;;   $codec.enc.bool.6
;;   $codec.enc.list.5
;;   $codec.enc.result.7
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
  (local $arg2_cell i32)
  (local $arg0_state i32)
  (local $arg1_state i32)
  (local $arg2_state i32)
  (local $ws i32)
  (local $kr i32)
  (local $kq i32)
  (local $arg i32)
  (local $arg.1 i32)
  (local $arg.2 i64)
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
         (i64.const 3)
        )
        (i64.const -4)
       )
      )
      (local.set $t:28
       (i64.add
        (local.get $t:27)
        (i64.extend_i32_u
         (i32.const 4)
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
         (i64.const 3)
        )
        (i64.const -4)
       )
      )
      (local.set $t:30
       (i64.add
        (local.get $t:29)
        (i64.extend_i32_u
         (i32.const 4)
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
           (i32.const 5)
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
              (i32.const 1768778092)
             )
             (i32.eq
              (block (result i32)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $args_kp)
                  )
                  (i64.const 5)
                 )
                 (global.get $tetra:arena)
                )
                (then
                 (call $tetra:trap
                  (i32.const 17)
                  (i32.const 0)
                 )
                 (unreachable)
                )
               )
               (i32.load8_u offset=4
                (local.get $args_kp)
               )
              )
              (i32.const 116)
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
         (if
          (i32.eq
           (local.get $args_klen)
           (i32.const 5)
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
              (i32.const 1700946284)
             )
             (i32.eq
              (block (result i32)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $args_kp)
                  )
                  (i64.const 5)
                 )
                 (global.get $tetra:arena)
                )
                (then
                 (call $tetra:trap
                  (i32.const 17)
                  (i32.const 0)
                 )
                 (unreachable)
                )
               )
               (i32.load8_u offset=4
                (local.get $args_kp)
               )
              )
              (i32.const 108)
             )
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
              (call $codec.dec.option.0
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
             (call $codec.dec.option.2
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
            (call $codec.dec.int.1
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
     (block (result i32)
      (if
       (i64.gt_u
        (i64.add
         (i64.extend_i32_u
          (local.get $arg1_cell)
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
     (block (result i64)
      (if
       (i64.gt_u
        (i64.add
         (i64.extend_i32_u
          (local.get $arg2_cell)
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
          (local.get $t:47)
          (global.get $tetra:low_start)
         )
         (i64.gt_u
          (i64.add
           (local.get $t:47)
           (i64.const 4)
          )
          (global.get $tetra:low_end)
         )
        )
        (then
         (if
          (i64.gt_u
           (i64.add
            (local.get $t:47)
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
              (i64.const 4)
             )
             (global.get $tetra:low_end)
            )
            (then
             (local.set $t:48
              (i64.add
               (i64.add
                (local.get $t:47)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:47)
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
              (i64.const 4)
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
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:47)
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
     (i32.store align=1
      (local.get $args_out)
      (local.get $arg)
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
          (local.get $t:49)
          (global.get $tetra:low_start)
         )
         (i64.gt_u
          (i64.add
           (local.get $t:49)
           (i64.const 4)
          )
          (global.get $tetra:low_end)
         )
        )
        (then
         (if
          (i64.gt_u
           (i64.add
            (local.get $t:49)
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
              (i64.const 4)
             )
             (global.get $tetra:low_end)
            )
            (then
             (local.set $t:50
              (i64.add
               (i64.add
                (local.get $t:49)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:49)
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
              (i64.const 4)
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
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:49)
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
     (i32.store offset=8 align=1
      (local.get $args_out)
      (local.get $arg.1)
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
  (local $limit i32)
  (local $label i32)
  (local $x i64)
  (local $dict i32)
  (local $scrut i32)
  (local $v i64)
  (local $effective i64)
  (local $scrut.1 i32)
  (local $s i32)
  (local $described i32)
  (local $c i64)
  (local $obj i32)
  (local $item i32)
  (local $c.1 i64)
  (local $obj.1 i32)
  (local $item.1 i32)
  (local $size i64)
  (local $list i32)
  (local $len i32)
  (local $maybe i32)
  (local $c.2 i64)
  (local $obj.2 i32)
  (local $c.3 i32)
  (local $obj.3 i32)
  (local $scrut.2 i32)
  (local $v.1 i64)
  (local $checked i64)
  (local $c.4 i64)
  (local $obj.4 i32)
  (local $c.5 i32)
  (local $obj.5 i32)
  (local $raw i32)
  (local $xs i32)
  (local $size.1 i64)
  (local $list.1 i32)
  (local $len.1 i32)
  (local $n i32)
  (local $k i32)
  (local $x.1 i32)
  (local $o i32)
  (local $scrut.3 i32)
  (local $present i32)
  (local $result i32)
  (local $json_start i32)
  (local $json_end i32)
  (local $result.1 i32)
  (local $t:53 (tuple i32 i64))
  (local $t:54 i64)
  (local $t:55 i64)
  (local $t:56 i64)
  (local $t:57 i64)
  (local $t:58 (tuple i32 i64))
  (local $t:59 i64)
  (local $t:60 i64)
  (local $t:61 i64)
  (local $t:62 i64)
  (local $t:63 i64)
  (local $t:64 i64)
  (local $t:65 i64)
  (local $t:66 i64)
  (local $t:67 i64)
  (local $t:68 i64)
  (local $t:69 i32)
  (local $t:70 i64)
  (local $t:71 i64)
  (local $t:72 i32)
  (local $t:73 i64)
  (local $t:74 i64)
  (local $t:75 i32)
  (local $t:76 i64)
  (local $t:77 i64)
  (local $t:78 i64)
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
  (local $t:89 i64)
  (local $t:90 i64)
  (local $t:91 i64)
  (local $t:92 i64)
  (local $t:93 i64)
  (local $t:94 i64)
  (local $t:95 i64)
  (local $t:96 i64)
  (local $t:97 i64)
  (local $t:98 i64)
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
  (local $t:111 i32)
  (local $t:112 i64)
  (local $t:113 i64)
  (local $t:114 i32)
  (local $t:115 i32)
  (local $t:116 i32)
  (local $t:117 i64)
  (local $t:118 i64)
  (local $t:119 i64)
  (local $t:120 i64)
  (local $t:121 i64)
  (local $t:122 i64)
  (local $t:123 (tuple i32 i64))
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
      (local.set $t:53
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
        (local.get $t:53)
       )
      )
      (tuple.extract 2 0
       (local.get $t:53)
      )
     )
    )
    (local.set $limit
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
    (local.set $label
     (block (result i32)
      (if
       (i64.gt_u
        (i64.add
         (i64.extend_i32_u
          (local.get $args)
         )
         (i64.const 12)
        )
        (global.get $tetra:arena)
       )
       (then
        (call $tetra:trap
         (i32.const 17)
         (i32.const 0)
        )
        (unreachable)
       )
      )
      (i32.load offset=8 align=1
       (local.get $args)
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
       (local.get $args)
      )
     )
    )
    (local.set $result
     (block $e0 (result i32)
      (local.set $dict
       (block (result i32)
        (local.set $t:54
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
        (local.set $t:55
         (i64.add
          (local.get $t:54)
          (i64.extend_i32_u
           (i32.const 32)
          )
         )
        )
        (if
         (i64.gt_u
          (local.get $t:55)
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
          (local.get $t:55)
         )
        )
        (if
         (i64.gt_u
          (local.get $t:55)
          (i64.add
           (global.get $tetra:scratch_start)
           (global.get $tetra:high_span)
          )
         )
         (then
          (global.set $tetra:high_span
           (i64.sub
            (local.get $t:55)
            (global.get $tetra:scratch_start)
           )
          )
         )
        )
        (i32.wrap_i64
         (local.get $t:54)
        )
       )
      )
      (local.set $effective
       (block $e1 (result i64)
        (local.set $scrut
         (local.get $limit)
        )
        (block $match3 (result i64)
         (if
          (i32.ne
           (local.get $scrut)
           (i32.const 0)
          )
          (then
           (local.set $v
            (block (result i64)
             (if
              (i64.gt_u
               (i64.add
                (i64.extend_i32_u
                 (local.get $scrut)
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
              (local.get $scrut)
             )
            )
           )
           (br $match3
            (local.get $v)
           )
          )
         )
         (if
          (i32.eqz
           (local.get $scrut)
          )
          (then
           (br $match3
            (i64.const 100)
           )
          )
         )
         (block
          (call $tetra:trap
           (i32.const 5)
           (i32.const 6)
          )
          (unreachable)
         )
        )
       )
      )
      (block
       (local.set $t:56
        (i64.extend_i32_u
         (local.get $dict)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:56)
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
            (local.get $t:56)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:56)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:56)
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
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:57
                (i64.add
                 (i64.add
                  (local.get $t:56)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:56)
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
                (i64.const 8)
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
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:56)
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
       (i64.store align=1
        (local.get $dict)
        (local.get $effective)
       )
      )
      (local.set $described
       (block $e6 (result i32)
        (local.set $scrut.1
         (local.get $label)
        )
        (block $match8 (result i32)
         (if
          (i32.ne
           (local.get $scrut.1)
           (i32.const 0)
          )
          (then
           (local.set $s
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
           (br $match8
            (block (result i32)
             (local.set $t:58
              (call $rt.str_concat
               (i32.const 8)
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
               (local.get $t:58)
              )
             )
             (tuple.extract 2 0
              (local.get $t:58)
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
           (br $match8
            (i32.const 20)
           )
          )
         )
         (block
          (call $tetra:trap
           (i32.const 5)
           (i32.const 8)
          )
          (unreachable)
         )
        )
       )
      )
      (block
       (local.set $t:59
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
           (local.get $t:59)
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
            (local.get $t:59)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:59)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:59)
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
             (local.get $t:59)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:59)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:59)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:59)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:60
                (i64.add
                 (i64.add
                  (local.get $t:59)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:59)
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
                 (local.get $t:60)
                 (i64.gt_u
                  (local.get $t:60)
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
                (local.get $t:59)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:60
                (i64.add
                 (i64.add
                  (local.get $t:59)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:59)
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
                  (local.get $t:60)
                  (i64.gt_u
                   (local.get $t:60)
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
        (local.get $described)
       )
      )
      (local.set $maybe
       (block $e12 (result i32)
        (local.set $item
         (if (result i32)
          (i64.gt_s
           (local.get $x)
           (i64.const 0)
          )
          (then
           (block $e17 (result i32)
            (local.set $c
             (local.get $x)
            )
            (local.set $obj
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
                 (i32.const 8)
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
                 (i32.const 11)
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
            (block
             (local.set $t:63
              (i64.extend_i32_u
               (local.get $obj)
              )
             )
             (if
              (i64.gt_u
               (i64.sub
                (i64.add
                 (local.get $t:63)
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
                  (local.get $t:63)
                  (global.get $tetra:low_start)
                 )
                 (i64.gt_u
                  (i64.add
                   (local.get $t:63)
                   (i64.const 8)
                  )
                  (global.get $tetra:low_end)
                 )
                )
                (then
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:63)
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
                   (local.get $t:63)
                   (global.get $tetra:scratch_start)
                  )
                  (then
                   (if
                    (i64.lt_u
                     (local.get $t:63)
                     (global.get $tetra:low_start)
                    )
                    (then
                     (global.set $tetra:low_start
                      (local.get $t:63)
                     )
                    )
                   )
                   (if
                    (i64.gt_u
                     (i64.add
                      (local.get $t:63)
                      (i64.const 8)
                     )
                     (global.get $tetra:low_end)
                    )
                    (then
                     (local.set $t:64
                      (i64.add
                       (i64.add
                        (local.get $t:63)
                        (i64.const 8)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:63)
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
                       (local.get $t:64)
                       (i64.gt_u
                        (local.get $t:64)
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
                      (local.get $t:63)
                      (i64.const 8)
                     )
                     (i64.add
                      (global.get $tetra:scratch_start)
                      (global.get $tetra:high_span)
                     )
                    )
                    (then
                     (local.set $t:64
                      (i64.add
                       (i64.add
                        (local.get $t:63)
                        (i64.const 8)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:63)
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
                        (local.get $t:64)
                        (i64.gt_u
                         (local.get $t:64)
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
              (local.get $obj)
              (local.get $c)
             )
            )
            (local.get $obj)
           )
          )
          (else
           (i32.const 0)
          )
         )
        )
        (local.set $item.1
         (if (result i32)
          (i64.gt_s
           (local.get $x)
           (i64.const 10)
          )
          (then
           (block $e24 (result i32)
            (local.set $c.1
             (local.get $x)
            )
            (local.set $obj.1
             (block (result i32)
              (local.set $t:65
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
              (local.set $t:66
               (i64.add
                (local.get $t:65)
                (i64.extend_i32_u
                 (i32.const 8)
                )
               )
              )
              (if
               (i64.gt_u
                (local.get $t:66)
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
                (local.get $t:66)
               )
              )
              (if
               (i64.gt_u
                (local.get $t:66)
                (i64.add
                 (global.get $tetra:scratch_start)
                 (global.get $tetra:high_span)
                )
               )
               (then
                (global.set $tetra:high_span
                 (i64.sub
                  (local.get $t:66)
                  (global.get $tetra:scratch_start)
                 )
                )
               )
              )
              (i32.wrap_i64
               (local.get $t:65)
              )
             )
            )
            (block
             (local.set $t:67
              (i64.extend_i32_u
               (local.get $obj.1)
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
              (local.get $obj.1)
              (local.get $c.1)
             )
            )
            (local.get $obj.1)
           )
          )
          (else
           (i32.const 0)
          )
         )
        )
        (local.set $size
         (i64.const 12)
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
            (i32.const 9)
           )
           (unreachable)
          )
         )
        )
        (local.set $list
         (block (result i32)
          (local.set $t:69
           (i32.wrap_i64
            (local.get $size)
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
        (local.set $len
         (i32.const 0)
        )
        (block
         (local.set $t:72
          (i32.add
           (i32.add
            (local.get $list)
            (i32.const 4)
           )
           (i32.mul
            (local.get $len)
            (i32.const 4)
           )
          )
         )
         (local.set $t:73
          (i64.extend_i32_u
           (local.get $t:72)
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
          (local.get $t:72)
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
         (local.set $t:75
          (i32.add
           (i32.add
            (local.get $list)
            (i32.const 4)
           )
           (i32.mul
            (local.get $len)
            (i32.const 4)
           )
          )
         )
         (local.set $t:76
          (i64.extend_i32_u
           (local.get $t:75)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:76)
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
              (local.get $t:76)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:76)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:76)
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
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:77
                  (i64.add
                   (i64.add
                    (local.get $t:76)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:76)
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
                  (i64.const 4)
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
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:76)
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
         (i32.store align=1
          (local.get $t:75)
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
         (local.set $t:78
          (i64.extend_i32_u
           (local.get $list)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:78)
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
              (local.get $t:78)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:78)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:78)
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
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:79
                  (i64.add
                   (i64.add
                    (local.get $t:78)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:78)
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
                  (i64.const 4)
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
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:78)
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
         (i32.store align=1
          (local.get $list)
          (local.get $len)
         )
        )
        (local.get $list)
       )
      )
      (block
       (local.set $t:80
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
           (local.get $t:80)
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
            (local.get $t:80)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:80)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:80)
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
             (local.get $t:80)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:80)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:80)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:80)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:81
                (i64.add
                 (i64.add
                  (local.get $t:80)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:80)
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
                 (local.get $t:81)
                 (i64.gt_u
                  (local.get $t:81)
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
                (local.get $t:80)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:81
                (i64.add
                 (i64.add
                  (local.get $t:80)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:80)
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
                  (local.get $t:81)
                  (i64.gt_u
                   (local.get $t:81)
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
        (local.get $maybe)
       )
      )
      (local.set $checked
       (block $e27 (result i64)
        (local.set $scrut.2
         (if (result i32)
          (i64.gt_s
           (local.get $x)
           (i64.const 2)
          )
          (then
           (block $e33 (result i32)
            (local.set $c.2
             (block (result i64)
              (local.set $t:82
               (i64.mul
                (local.get $x)
                (i64.const 2)
               )
              )
              (if
               (i32.eqz
                (i32.and
                 (i64.eq
                  (i64.extend_i32_s
                   (i32.wrap_i64
                    (local.get $x)
                   )
                  )
                  (local.get $x)
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
                  (local.get $x)
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
                     (i32.const 15)
                    )
                    (unreachable)
                   )
                  )
                 )
                 (else
                  (if
                   (i64.ne
                    (local.get $x)
                    (i64.const 0)
                   )
                   (then
                    (if
                     (i64.ne
                      (i64.div_s
                       (local.get $t:82)
                       (local.get $x)
                      )
                      (i64.const 2)
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
              (local.get $t:82)
             )
            )
            (local.set $obj.2
             (block (result i32)
              (local.set $t:83
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
              (local.set $t:84
               (i64.add
                (local.get $t:83)
                (i64.extend_i32_u
                 (i32.const 16)
                )
               )
              )
              (if
               (i64.gt_u
                (local.get $t:84)
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
                (local.get $t:84)
               )
              )
              (if
               (i64.gt_u
                (local.get $t:84)
                (i64.add
                 (global.get $tetra:scratch_start)
                 (global.get $tetra:high_span)
                )
               )
               (then
                (global.set $tetra:high_span
                 (i64.sub
                  (local.get $t:84)
                  (global.get $tetra:scratch_start)
                 )
                )
               )
              )
              (i32.wrap_i64
               (local.get $t:83)
              )
             )
            )
            (block
             (local.set $t:85
              (i64.extend_i32_u
               (local.get $obj.2)
              )
             )
             (if
              (i64.gt_u
               (i64.sub
                (i64.add
                 (local.get $t:85)
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
                  (local.get $t:85)
                  (global.get $tetra:low_start)
                 )
                 (i64.gt_u
                  (i64.add
                   (local.get $t:85)
                   (i64.const 1)
                  )
                  (global.get $tetra:low_end)
                 )
                )
                (then
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:85)
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
                      (i64.const 1)
                     )
                     (global.get $tetra:low_end)
                    )
                    (then
                     (local.set $t:86
                      (i64.add
                       (i64.add
                        (local.get $t:85)
                        (i64.const 1)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:85)
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
                      (i64.const 1)
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
                        (i64.const 1)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:85)
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
             (i32.store8
              (local.get $obj.2)
              (i32.const 0)
             )
            )
            (block
             (local.set $t:87
              (i64.add
               (i64.extend_i32_u
                (local.get $obj.2)
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
              (local.get $obj.2)
              (local.get $c.2)
             )
            )
            (local.get $obj.2)
           )
          )
          (else
           (block $e37 (result i32)
            (local.set $c.3
             (i32.const 32)
            )
            (local.set $obj.3
             (block (result i32)
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
                 (i32.const 8)
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
                 (i32.const 17)
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
            (block
             (local.set $t:91
              (i64.extend_i32_u
               (local.get $obj.3)
              )
             )
             (if
              (i64.gt_u
               (i64.sub
                (i64.add
                 (local.get $t:91)
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
                  (local.get $t:91)
                  (global.get $tetra:low_start)
                 )
                 (i64.gt_u
                  (i64.add
                   (local.get $t:91)
                   (i64.const 1)
                  )
                  (global.get $tetra:low_end)
                 )
                )
                (then
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:91)
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
                      (i64.const 1)
                     )
                     (global.get $tetra:low_end)
                    )
                    (then
                     (local.set $t:92
                      (i64.add
                       (i64.add
                        (local.get $t:91)
                        (i64.const 1)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:91)
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
                      (i64.const 1)
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
                        (i64.const 1)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:91)
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
             (i32.store8
              (local.get $obj.3)
              (i32.const 1)
             )
            )
            (block
             (local.set $t:93
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
                 (local.get $t:93)
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
                  (local.get $t:93)
                  (global.get $tetra:low_start)
                 )
                 (i64.gt_u
                  (i64.add
                   (local.get $t:93)
                   (i64.const 4)
                  )
                  (global.get $tetra:low_end)
                 )
                )
                (then
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:93)
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
                   (local.get $t:93)
                   (global.get $tetra:scratch_start)
                  )
                  (then
                   (if
                    (i64.lt_u
                     (local.get $t:93)
                     (global.get $tetra:low_start)
                    )
                    (then
                     (global.set $tetra:low_start
                      (local.get $t:93)
                     )
                    )
                   )
                   (if
                    (i64.gt_u
                     (i64.add
                      (local.get $t:93)
                      (i64.const 4)
                     )
                     (global.get $tetra:low_end)
                    )
                    (then
                     (local.set $t:94
                      (i64.add
                       (i64.add
                        (local.get $t:93)
                        (i64.const 4)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:93)
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
                       (local.get $t:94)
                       (i64.gt_u
                        (local.get $t:94)
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
                      (local.get $t:93)
                      (i64.const 4)
                     )
                     (i64.add
                      (global.get $tetra:scratch_start)
                      (global.get $tetra:high_span)
                     )
                    )
                    (then
                     (local.set $t:94
                      (i64.add
                       (i64.add
                        (local.get $t:93)
                        (i64.const 4)
                       )
                       (i64.add
                        (i64.const 64)
                        (i64.shr_u
                         (i64.sub
                          (i64.add
                           (local.get $t:93)
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
                        (local.get $t:94)
                        (i64.gt_u
                         (local.get $t:94)
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
              (local.get $c.3)
             )
            )
            (local.get $obj.3)
           )
          )
         )
        )
        (block $match39 (result i64)
         (if
          (i32.eq
           (block (result i32)
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $scrut.2)
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
             (local.get $scrut.2)
            )
           )
           (i32.const 0)
          )
          (then
           (local.set $v.1
            (block (result i64)
             (if
              (i64.gt_u
               (i64.add
                (i64.extend_i32_u
                 (local.get $scrut.2)
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
              (local.get $scrut.2)
             )
            )
           )
           (br $match39
            (local.get $v.1)
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
                (local.get $scrut.2)
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
             (local.get $scrut.2)
            )
           )
           (i32.const 1)
          )
          (then
           (br $match39
            (i64.const -1)
           )
          )
         )
         (block
          (call $tetra:trap
           (i32.const 5)
           (i32.const 18)
          )
          (unreachable)
         )
        )
       )
      )
      (block
       (local.set $t:95
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
       (i64.store offset=16 align=1
        (local.get $dict)
        (local.get $checked)
       )
      )
      (local.set $raw
       (if (result i32)
        (i64.eq
         (block (result i64)
          (if
           (i64.eqz
            (i64.const 2)
           )
           (then
            (call $tetra:trap
             (i32.const 1)
             (i32.const 20)
            )
            (unreachable)
           )
          )
          (if
           (i32.and
            (i64.eq
             (local.get $x)
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
             (i32.const 20)
            )
            (unreachable)
           )
          )
          (i64.rem_s
           (local.get $x)
           (i64.const 2)
          )
         )
         (i64.const 0)
        )
        (then
         (block $e48 (result i32)
          (local.set $c.4
           (local.get $x)
          )
          (local.set $obj.4
           (block (result i32)
            (local.set $t:97
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
            (local.set $t:98
             (i64.add
              (local.get $t:97)
              (i64.extend_i32_u
               (i32.const 16)
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
               (i32.const 21)
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
          (block
           (local.set $t:99
            (i64.extend_i32_u
             (local.get $obj.4)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:99)
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
                (local.get $t:99)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:99)
                 (i64.const 1)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:99)
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
                    (i64.const 1)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:100
                    (i64.add
                     (i64.add
                      (local.get $t:99)
                      (i64.const 1)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:99)
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
                    (i64.const 1)
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
                      (i64.const 1)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:99)
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
           (i32.store8
            (local.get $obj.4)
            (i32.const 0)
           )
          )
          (block
           (local.set $t:101
            (i64.add
             (i64.extend_i32_u
              (local.get $obj.4)
             )
             (i64.const 8)
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
           (i64.store offset=8 align=1
            (local.get $obj.4)
            (local.get $c.4)
           )
          )
          (local.get $obj.4)
         )
        )
        (else
         (block $e50 (result i32)
          (local.set $c.5
           (i32.const 48)
          )
          (local.set $obj.5
           (block (result i32)
            (local.set $t:103
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
            (local.set $t:104
             (i64.add
              (local.get $t:103)
              (i64.extend_i32_u
               (i32.const 8)
              )
             )
            )
            (if
             (i64.gt_u
              (local.get $t:104)
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
              (local.get $t:104)
             )
            )
            (if
             (i64.gt_u
              (local.get $t:104)
              (i64.add
               (global.get $tetra:scratch_start)
               (global.get $tetra:high_span)
              )
             )
             (then
              (global.set $tetra:high_span
               (i64.sub
                (local.get $t:104)
                (global.get $tetra:scratch_start)
               )
              )
             )
            )
            (i32.wrap_i64
             (local.get $t:103)
            )
           )
          )
          (block
           (local.set $t:105
            (i64.extend_i32_u
             (local.get $obj.5)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:105)
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
                (local.get $t:105)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:105)
                 (i64.const 1)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:105)
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
                    (i64.const 1)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:106
                    (i64.add
                     (i64.add
                      (local.get $t:105)
                      (i64.const 1)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:105)
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
                    (i64.const 1)
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
                      (i64.const 1)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:105)
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
           (i32.store8
            (local.get $obj.5)
            (i32.const 1)
           )
          )
          (block
           (local.set $t:107
            (i64.add
             (i64.extend_i32_u
              (local.get $obj.5)
             )
             (i64.const 4)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:107)
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
                (local.get $t:107)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:107)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:107)
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
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:108
                    (i64.add
                     (i64.add
                      (local.get $t:107)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:107)
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
                    (i64.const 4)
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
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:107)
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
           (i32.store offset=4 align=1
            (local.get $obj.5)
            (local.get $c.5)
           )
          )
          (local.get $obj.5)
         )
        )
       )
      )
      (block
       (local.set $t:109
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
           (local.get $t:109)
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
            (local.get $t:109)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:109)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:109)
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
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:110
                (i64.add
                 (i64.add
                  (local.get $t:109)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:109)
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
                (i64.const 4)
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
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:109)
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
       (i32.store offset=24 align=1
        (local.get $dict)
        (local.get $raw)
       )
      )
      (local.set $present
       (block $e52 (result i32)
        (local.set $xs
         (local.get $maybe)
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
           (i64.const 1)
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
            (i32.const 23)
           )
           (unreachable)
          )
         )
        )
        (local.set $list.1
         (block (result i32)
          (local.set $t:111
           (i32.wrap_i64
            (local.get $size.1)
           )
          )
          (local.set $t:112
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
          (local.set $t:113
           (i64.add
            (local.get $t:112)
            (i64.extend_i32_u
             (local.get $t:111)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:113)
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
            (local.get $t:113)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:113)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:113)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:112)
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
        (block $block54
         (loop $each55
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
          (br_if $block54
           (i32.ge_u
            (local.get $k)
            (local.get $n)
           )
          )
          (local.set $x.1
           (block (result i32)
            (local.set $t:114
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
                (local.get $t:114)
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
             (local.get $t:114)
            )
           )
          )
          (local.set $o
           (local.get $x.1)
          )
          (block
           (local.set $t:115
            (i32.add
             (local.get $list.1)
             (i32.mul
              (local.get $len.1)
              (i32.const 1)
             )
            )
           )
           (local.set $t:116
            (block $e56 (result i32)
             (local.set $scrut.3
              (local.get $o)
             )
             (block $match58 (result i32)
              (if
               (i32.ne
                (local.get $scrut.3)
                (i32.const 0)
               )
               (then
                (br $match58
                 (i32.const 1)
                )
               )
              )
              (if
               (i32.eqz
                (local.get $scrut.3)
               )
               (then
                (br $match58
                 (i32.const 0)
                )
               )
              )
              (block
               (call $tetra:trap
                (i32.const 5)
                (i32.const 24)
               )
               (unreachable)
              )
             )
            )
           )
           (local.set $t:117
            (i64.add
             (i64.extend_i32_u
              (local.get $t:115)
             )
             (i64.const 4)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:117)
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
                (local.get $t:117)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:117)
                 (i64.const 1)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:117)
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
                    (i64.const 1)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:118
                    (i64.add
                     (i64.add
                      (local.get $t:117)
                      (i64.const 1)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:117)
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
                    (i64.const 1)
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
                      (i64.const 1)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:117)
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
           (i32.store8 offset=4
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
          (local.set $k
           (i32.add
            (local.get $k)
            (i32.const 1)
           )
          )
          (br $each55)
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
         (i64.const 28)
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
       (i32.store offset=28 align=1
        (local.get $dict)
        (local.get $present)
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
      (local.set $t:123
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
        (local.get $t:123)
       )
      )
      (tuple.extract 2 0
       (local.get $t:123)
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
