;; From libs/driver/testdata/emit-golden/tuples.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
;; `tetra emit wat libs/driver/testdata/emit-golden/tuples.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
;; (all but the rt.* runtime and the codec.* JSON codec), in module order.
;; Defined functions (40):
;;   $tetra:trap
;;   $codec.hex4
;;   $rt.utf8_valid
;;   $codec.str_check
;;   $codec.num_end
;;   $codec.json_valid
;;   $codec.str_end
;;   $codec.str_unescape
;;   $codec.dec.int.2
;;   $codec.dec.string.3
;;   $codec.dec.elems.1
;;   $codec.dec.tuple.0
;;   $codec.skip
;;   $codec.dec.bool.7
;;   $codec.dec.elems.6
;;   $codec.dec.tuple.5
;;   $codec.dec.list.4
;;   $main.args
;;   $rt.mem_eq
;;   $rt.str_eq
;;   $eq._Int__String_
;;   $eq._Int__Bool_
;;   $codec.enc.tuple.1
;;   $rt.u64_digits
;;   $rt.u64_write_back
;;   $rt.int_write
;;   $codec.write_int
;;   $codec.enc.int.3
;;   $codec.enc.list.2
;;   $codec.enc.bool.4
;;   $codec.write_str
;;   $codec.enc.string.7
;;   $codec.enc.tuple.6
;;   $codec.enc.tuple.5
;;   $codec.enc.tuple.8
;;   $codec.enc.tuple.9
;;   $codec.enc.record.0
;;   $main
;;   $tetra:prepare
;;   $tetra:run
;; The program's 4 function(s):

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
  (local $arg.1 i32)
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
         (i64.const 3)
        )
        (i64.const -4)
       )
      )
      (local.set $t:27
       (i64.add
        (local.get $t:26)
        (i64.extend_i32_u
         (i32.const 4)
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
             (i32.const 1919508848)
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
              (i32.const 1734437990)
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
              (i32.const 115)
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
             (call $codec.dec.tuple.0
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
            (call $codec.dec.list.4
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
          (local.get $t:42)
          (global.get $tetra:low_start)
         )
         (i64.gt_u
          (i64.add
           (local.get $t:42)
           (i64.const 4)
          )
          (global.get $tetra:low_end)
         )
        )
        (then
         (if
          (i64.gt_u
           (i64.add
            (local.get $t:42)
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
              (i64.const 4)
             )
             (global.get $tetra:low_end)
            )
            (then
             (local.set $t:43
              (i64.add
               (i64.add
                (local.get $t:42)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:42)
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
              (i64.const 4)
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
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:42)
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
     (i32.store offset=8 align=1
      (local.get $args_out)
      (local.get $arg.1)
     )
    )
    (local.get $args_out)
   )
   (local.get $t:fuel)
  )
 )

 (func $eq._Int__String_ (param $a i32) (param $b i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $t:4 (tuple i32 i64))
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
     (i32.eqz
      (i64.eq
       (block (result i64)
        (if
         (i64.gt_u
          (i64.add
           (i64.extend_i32_u
            (local.get $a)
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
      (block (result i32)
       (local.set $t:4
        (call $rt.str_eq
         (block (result i32)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $a)
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
           (local.get $b)
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
         (local.get $t:4)
        )
       )
       (tuple.extract 2 0
        (local.get $t:4)
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
    (i32.const 1)
   )
   (local.get $t:fuel)
  )
 )

 (func $eq._Int__Bool_ (param $a i32) (param $b i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
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
     (i32.eqz
      (i64.eq
       (block (result i64)
        (if
         (i64.gt_u
          (i64.add
           (i64.extend_i32_u
            (local.get $a)
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
      (i32.eq
       (block (result i32)
        (if
         (i64.gt_u
          (i64.add
           (i64.extend_i32_u
            (local.get $a)
           )
           (i64.const 9)
          )
          (global.get $tetra:arena)
         )
         (then
          (call $tetra:trap
           (i32.const 17)
           (i32.const 0)
          )
          (unreachable)
         )
        )
        (i32.load8_u offset=8
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
           (i64.const 9)
          )
          (global.get $tetra:arena)
         )
         (then
          (call $tetra:trap
           (i32.const 17)
           (i32.const 0)
          )
          (unreachable)
         )
        )
        (i32.load8_u offset=8
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
    (i32.const 1)
   )
   (local.get $t:fuel)
  )
 )

 (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $args i32)
  (local $pair i32)
  (local $flags i32)
  (local $dict i32)
  (local $c i32)
  (local $c.1 i64)
  (local $obj i32)
  (local $swapped i32)
  (local $c.2 i64)
  (local $obj.1 i32)
  (local $single i32)
  (local $obj.2 i32)
  (local $empty i32)
  (local $xs i32)
  (local $size i64)
  (local $list i32)
  (local $len i32)
  (local $n i32)
  (local $k i32)
  (local $x i32)
  (local $t i32)
  (local $firsts i32)
  (local $xs.1 i32)
  (local $size.1 i64)
  (local $list.1 i32)
  (local $len.1 i32)
  (local $n.1 i32)
  (local $k.1 i32)
  (local $x.1 i32)
  (local $t.1 i32)
  (local $on i32)
  (local $c.3 i64)
  (local $c.4 i32)
  (local $obj.3 i32)
  (local $c.5 i64)
  (local $c.6 i32)
  (local $obj.4 i32)
  (local $same i32)
  (local $xs.2 i32)
  (local $c.7 i64)
  (local $c.8 i32)
  (local $obj.5 i32)
  (local $needle i32)
  (local $found i32)
  (local $n.2 i32)
  (local $k.2 i32)
  (local $x.2 i32)
  (local $x.3 i32)
  (local $found.1 i32)
  (local $c.9 i64)
  (local $c.10 i32)
  (local $obj.6 i32)
  (local $c.11 i32)
  (local $item i64)
  (local $size.2 i64)
  (local $list.2 i32)
  (local $len.2 i32)
  (local $c.12 i32)
  (local $obj.7 i32)
  (local $nested i32)
  (local $result i32)
  (local $json_start i32)
  (local $json_end i32)
  (local $result.1 i32)
  (local $t:70 (tuple i32 i64))
  (local $t:71 i64)
  (local $t:72 i64)
  (local $t:73 i64)
  (local $t:74 i64)
  (local $t:75 i64)
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
  (local $t:91 i32)
  (local $t:92 i64)
  (local $t:93 i64)
  (local $t:94 i64)
  (local $t:95 i64)
  (local $t:96 i64)
  (local $t:97 i64)
  (local $t:98 i64)
  (local $t:99 i64)
  (local $t:100 i64)
  (local $t:101 i32)
  (local $t:102 i32)
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
  (local $t:113 i32)
  (local $t:114 i64)
  (local $t:115 i64)
  (local $t:116 i64)
  (local $t:117 i64)
  (local $t:118 i64)
  (local $t:119 i32)
  (local $t:120 i32)
  (local $t:121 i64)
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
  (local $t:142 i64)
  (local $t:143 i64)
  (local $t:144 i64)
  (local $t:145 (tuple i32 i64))
  (local $t:146 i64)
  (local $t:147 i64)
  (local $t:148 i64)
  (local $t:149 i64)
  (local $t:150 i64)
  (local $t:151 i64)
  (local $t:152 i64)
  (local $t:153 i64)
  (local $t:154 i32)
  (local $t:155 (tuple i32 i64))
  (local $t:156 i64)
  (local $t:157 i64)
  (local $t:158 i64)
  (local $t:159 i64)
  (local $t:160 i64)
  (local $t:161 i64)
  (local $t:162 i64)
  (local $t:163 i64)
  (local $t:164 i64)
  (local $t:165 i64)
  (local $t:166 i32)
  (local $t:167 i64)
  (local $t:168 i64)
  (local $t:169 i32)
  (local $t:170 i64)
  (local $t:171 i64)
  (local $t:172 i64)
  (local $t:173 i64)
  (local $t:174 i64)
  (local $t:175 i64)
  (local $t:176 i64)
  (local $t:177 i64)
  (local $t:178 i64)
  (local $t:179 i64)
  (local $t:180 i64)
  (local $t:181 i64)
  (local $t:182 (tuple i32 i64))
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
      (local.set $t:70
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
        (local.get $t:70)
       )
      )
      (tuple.extract 2 0
       (local.get $t:70)
      )
     )
    )
    (local.set $pair
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
    (local.set $flags
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
    (local.set $result
     (block $e0 (result i32)
      (local.set $dict
       (block (result i32)
        (local.set $t:71
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
        (local.set $t:72
         (i64.add
          (local.get $t:71)
          (i64.extend_i32_u
           (i32.const 28)
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
           (i32.const 4)
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
      (local.set $swapped
       (block $e1 (result i32)
        (local.set $c
         (block (result i32)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $pair)
             )
             (i64.const 12)
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
          (i32.load offset=8 align=1
           (local.get $pair)
          )
         )
        )
        (local.set $c.1
         (block (result i64)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $pair)
             )
             (i64.const 8)
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
          (i64.load align=1
           (local.get $pair)
          )
         )
        )
        (local.set $obj
         (block (result i32)
          (local.set $t:73
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
          (local.set $t:74
           (i64.add
            (local.get $t:73)
            (i64.extend_i32_u
             (i32.const 16)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:74)
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
            (local.get $t:74)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:74)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:74)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:73)
          )
         )
        )
        (block
         (local.set $t:75
          (i64.extend_i32_u
           (local.get $obj)
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
          (local.get $obj)
          (local.get $c)
         )
        )
        (block
         (local.set $t:77
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
             (local.get $t:77)
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
              (local.get $t:77)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:77)
               (i64.const 8)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:77)
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
                  (i64.const 8)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:78
                  (i64.add
                   (i64.add
                    (local.get $t:77)
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:77)
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
                  (i64.const 8)
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
                    (i64.const 8)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:77)
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
         (i64.store offset=8 align=1
          (local.get $obj)
          (local.get $c.1)
         )
        )
        (local.get $obj)
       )
      )
      (block
       (local.set $t:79
        (i64.extend_i32_u
         (local.get $dict)
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
        (local.get $dict)
        (local.get $swapped)
       )
      )
      (local.set $single
       (block $e6 (result i32)
        (local.set $c.2
         (block (result i64)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $pair)
             )
             (i64.const 8)
            )
            (global.get $tetra:arena)
           )
           (then
            (call $tetra:trap
             (i32.const 17)
             (i32.const 8)
            )
            (unreachable)
           )
          )
          (i64.load align=1
           (local.get $pair)
          )
         )
        )
        (local.set $obj.1
         (block (result i32)
          (local.set $t:81
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
             (i32.const 9)
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
           (local.get $obj.1)
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
         (i64.store align=1
          (local.get $obj.1)
          (local.get $c.2)
         )
        )
        (local.get $obj.1)
       )
      )
      (block
       (local.set $t:85
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
        (local.get $dict)
        (local.get $single)
       )
      )
      (local.set $empty
       (block $e9 (result i32)
        (local.set $obj.2
         (block (result i32)
          (local.set $t:87
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
          (local.set $t:88
           (i64.add
            (local.get $t:87)
            (i64.extend_i32_u
             (i32.const 0)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:88)
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
            (local.get $t:88)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:88)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:88)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:87)
          )
         )
        )
        (local.get $obj.2)
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
        (local.get $empty)
       )
      )
      (local.set $firsts
       (block $e10 (result i32)
        (local.set $xs
         (local.get $flags)
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
            (i32.const 11)
           )
           (unreachable)
          )
         )
        )
        (local.set $list
         (block (result i32)
          (local.set $t:91
           (i32.wrap_i64
            (local.get $size)
           )
          )
          (local.set $t:92
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
             (i32.const 11)
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
        (block
         (local.set $t:94
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
         (local.set $t:95
          (i64.sub
           (i64.extend_i32_u
            (local.get $n)
           )
           (i64.const 1)
          )
         )
         (local.set $t:96
          (i64.add
           (i64.add
            (i64.extend_i32_u
             (local.get $xs)
            )
            (i64.mul
             (local.get $t:95)
             (i64.const 4)
            )
           )
           (i64.const 8)
          )
         )
         (local.set $t:97
          (i64.add
           (i64.extend_i32_u
            (local.get $len)
           )
           (i64.sub
            (local.get $t:94)
            (i64.const 1)
           )
          )
         )
         (local.set $t:98
          (i64.add
           (i64.add
            (i64.extend_i32_u
             (local.get $list)
            )
            (i64.mul
             (local.get $t:97)
             (i64.const 8)
            )
           )
           (i64.const 16)
          )
         )
         (if
          (i32.and
           (i64.lt_u
            (local.get $t:94)
            (local.get $t:fuel)
           )
           (i32.or
            (i64.eqz
             (local.get $t:94)
            )
            (i32.and
             (i64.le_u
              (local.get $t:96)
              (global.get $tetra:arena)
             )
             (i32.and
              (i32.and
               (i64.lt_u
                (local.get $t:94)
                (i64.const 4294967296)
               )
               (i64.lt_u
                (local.get $t:97)
                (i64.const 4294967296)
               )
              )
              (i64.le_u
               (local.get $t:98)
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
               (local.get $t:94)
               (i64.const 1)
              )
              (i64.const 1)
             )
            )
           )
           (if
            (i64.ne
             (local.get $t:94)
             (i64.const 0)
            )
            (then
             (block
              (local.set $t:99
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
                  (local.get $t:98)
                  (global.get $tetra:low_end)
                 )
                 (then
                  (local.set $t:100
                   (i64.add
                    (local.get $t:98)
                    (i64.add
                     (i64.const 64)
                     (i64.shr_u
                      (i64.sub
                       (local.get $t:98)
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
                  (local.get $t:98)
                  (i64.add
                   (global.get $tetra:scratch_start)
                   (global.get $tetra:high_span)
                  )
                 )
                 (then
                  (local.set $t:100
                   (i64.add
                    (local.get $t:98)
                    (i64.add
                     (i64.const 64)
                     (i64.shr_u
                      (i64.sub
                       (local.get $t:98)
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
           (block $block12:fast
            (loop $each13:fast
             (br_if $block12:fast
              (i32.ge_u
               (local.get $k)
               (local.get $n)
              )
             )
             (local.set $x
              (block (result i32)
               (local.set $t:101
                (i32.add
                 (local.get $xs)
                 (i32.mul
                  (local.get $k)
                  (i32.const 4)
                 )
                )
               )
               (i32.load offset=4 align=1
                (local.get $t:101)
               )
              )
             )
             (local.set $t
              (local.get $x)
             )
             (block
              (local.set $t:102
               (i32.add
                (local.get $list)
                (i32.mul
                 (local.get $len)
                 (i32.const 8)
                )
               )
              )
              (local.set $t:103
               (block (result i64)
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
                   (i32.const 12)
                  )
                  (unreachable)
                 )
                )
                (i64.load align=1
                 (local.get $t)
                )
               )
              )
              (i64.store offset=8 align=1
               (local.get $t:102)
               (local.get $t:103)
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
             (br $each13:fast)
            )
           )
          )
          (else
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
               (local.get $k)
               (local.get $n)
              )
             )
             (local.set $x
              (block (result i32)
               (local.set $t:104
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
                   (local.get $t:104)
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
                (local.get $t:104)
               )
              )
             )
             (local.set $t
              (local.get $x)
             )
             (block
              (local.set $t:105
               (i32.add
                (local.get $list)
                (i32.mul
                 (local.get $len)
                 (i32.const 8)
                )
               )
              )
              (local.set $t:106
               (block (result i64)
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
                   (i32.const 12)
                  )
                  (unreachable)
                 )
                )
                (i64.load align=1
                 (local.get $t)
                )
               )
              )
              (local.set $t:107
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
                  (local.get $t:107)
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
                   (local.get $t:107)
                   (global.get $tetra:low_start)
                  )
                  (i64.gt_u
                   (i64.add
                    (local.get $t:107)
                    (i64.const 8)
                   )
                   (global.get $tetra:low_end)
                  )
                 )
                 (then
                  (if
                   (i64.gt_u
                    (i64.add
                     (local.get $t:107)
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
                       (i64.const 8)
                      )
                      (global.get $tetra:low_end)
                     )
                     (then
                      (local.set $t:108
                       (i64.add
                        (i64.add
                         (local.get $t:107)
                         (i64.const 8)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:107)
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
                       (i64.const 8)
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
                         (i64.const 8)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:107)
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
              (i64.store offset=8 align=1
               (local.get $t:105)
               (local.get $t:106)
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
             (br $each13)
            )
           )
          )
         )
        )
        (block
         (local.set $t:109
          (i64.extend_i32_u
           (local.get $list)
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
         (i32.store align=1
          (local.get $list)
          (local.get $len)
         )
        )
        (local.get $list)
       )
      )
      (block
       (local.set $t:111
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
           (local.get $t:111)
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
            (local.get $t:111)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:111)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:111)
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
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:112
                (i64.add
                 (i64.add
                  (local.get $t:111)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:111)
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
                (i64.const 4)
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
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:111)
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
       (i32.store offset=12 align=1
        (local.get $dict)
        (local.get $firsts)
       )
      )
      (local.set $on
       (block $e16 (result i32)
        (local.set $xs.1
         (local.get $flags)
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
          (local.get $size.1)
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
        (local.set $list.1
         (block (result i32)
          (local.set $t:113
           (i32.wrap_i64
            (local.get $size.1)
           )
          )
          (local.set $t:114
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
          (local.set $t:115
           (i64.add
            (local.get $t:114)
            (i64.extend_i32_u
             (local.get $t:113)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:115)
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
            (local.get $t:115)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:115)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:115)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:114)
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
        (block
         (local.set $t:116
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
         (local.set $t:117
          (i64.sub
           (i64.extend_i32_u
            (local.get $n.1)
           )
           (i64.const 1)
          )
         )
         (local.set $t:118
          (i64.add
           (i64.add
            (i64.extend_i32_u
             (local.get $xs.1)
            )
            (i64.mul
             (local.get $t:117)
             (i64.const 4)
            )
           )
           (i64.const 8)
          )
         )
         (if
          (i32.and
           (i64.lt_u
            (local.get $t:116)
            (local.get $t:fuel)
           )
           (i32.or
            (i64.eqz
             (local.get $t:116)
            )
            (i64.le_u
             (local.get $t:118)
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
               (local.get $t:116)
               (i64.const 1)
              )
              (i64.const 1)
             )
            )
           )
           (block $block18:fast
            (loop $each19:fast
             (br_if $block18:fast
              (i32.ge_u
               (local.get $k.1)
               (local.get $n.1)
              )
             )
             (local.set $x.1
              (block (result i32)
               (local.set $t:119
                (i32.add
                 (local.get $xs.1)
                 (i32.mul
                  (local.get $k.1)
                  (i32.const 4)
                 )
                )
               )
               (i32.load offset=4 align=1
                (local.get $t:119)
               )
              )
             )
             (local.set $t.1
              (local.get $x.1)
             )
             (if
              (block (result i32)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $t.1)
                  )
                  (i64.const 9)
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
               (i32.load8_u offset=8
                (local.get $t.1)
               )
              )
              (then
               (block
                (local.set $t:120
                 (i32.add
                  (local.get $list.1)
                  (i32.mul
                   (local.get $len.1)
                   (i32.const 8)
                  )
                 )
                )
                (local.set $t:121
                 (block (result i64)
                  (if
                   (i64.gt_u
                    (i64.add
                     (i64.extend_i32_u
                      (local.get $t.1)
                     )
                     (i64.const 8)
                    )
                    (global.get $tetra:arena)
                   )
                   (then
                    (call $tetra:trap
                     (i32.const 17)
                     (i32.const 15)
                    )
                    (unreachable)
                   )
                  )
                  (i64.load align=1
                   (local.get $t.1)
                  )
                 )
                )
                (local.set $t:122
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $t:120)
                  )
                  (i64.const 8)
                 )
                )
                (if
                 (i64.gt_u
                  (i64.sub
                   (i64.add
                    (local.get $t:122)
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
                     (local.get $t:122)
                     (global.get $tetra:low_start)
                    )
                    (i64.gt_u
                     (i64.add
                      (local.get $t:122)
                      (i64.const 8)
                     )
                     (global.get $tetra:low_end)
                    )
                   )
                   (then
                    (if
                     (i64.gt_u
                      (i64.add
                       (local.get $t:122)
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
                         (i64.const 8)
                        )
                        (global.get $tetra:low_end)
                       )
                       (then
                        (local.set $t:123
                         (i64.add
                          (i64.add
                           (local.get $t:122)
                           (i64.const 8)
                          )
                          (i64.add
                           (i64.const 64)
                           (i64.shr_u
                            (i64.sub
                             (i64.add
                              (local.get $t:122)
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
                         (i64.const 8)
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
                           (i64.const 8)
                          )
                          (i64.add
                           (i64.const 64)
                           (i64.shr_u
                            (i64.sub
                             (i64.add
                              (local.get $t:122)
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
                (i64.store offset=8 align=1
                 (local.get $t:120)
                 (local.get $t:121)
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
             (br $each19:fast)
            )
           )
          )
          (else
           (block $block18
            (loop $each19
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
             (br_if $block18
              (i32.ge_u
               (local.get $k.1)
               (local.get $n.1)
              )
             )
             (local.set $x.1
              (block (result i32)
               (local.set $t:124
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
             )
             (local.set $t.1
              (local.get $x.1)
             )
             (if
              (block (result i32)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $t.1)
                  )
                  (i64.const 9)
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
               (i32.load8_u offset=8
                (local.get $t.1)
               )
              )
              (then
               (block
                (local.set $t:125
                 (i32.add
                  (local.get $list.1)
                  (i32.mul
                   (local.get $len.1)
                   (i32.const 8)
                  )
                 )
                )
                (local.set $t:126
                 (block (result i64)
                  (if
                   (i64.gt_u
                    (i64.add
                     (i64.extend_i32_u
                      (local.get $t.1)
                     )
                     (i64.const 8)
                    )
                    (global.get $tetra:arena)
                   )
                   (then
                    (call $tetra:trap
                     (i32.const 17)
                     (i32.const 15)
                    )
                    (unreachable)
                   )
                  )
                  (i64.load align=1
                   (local.get $t.1)
                  )
                 )
                )
                (local.set $t:127
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $t:125)
                  )
                  (i64.const 8)
                 )
                )
                (if
                 (i64.gt_u
                  (i64.sub
                   (i64.add
                    (local.get $t:127)
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
                     (local.get $t:127)
                     (global.get $tetra:low_start)
                    )
                    (i64.gt_u
                     (i64.add
                      (local.get $t:127)
                      (i64.const 8)
                     )
                     (global.get $tetra:low_end)
                    )
                   )
                   (then
                    (if
                     (i64.gt_u
                      (i64.add
                       (local.get $t:127)
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
                         (i64.const 8)
                        )
                        (global.get $tetra:low_end)
                       )
                       (then
                        (local.set $t:128
                         (i64.add
                          (i64.add
                           (local.get $t:127)
                           (i64.const 8)
                          )
                          (i64.add
                           (i64.const 64)
                           (i64.shr_u
                            (i64.sub
                             (i64.add
                              (local.get $t:127)
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
                         (i64.const 8)
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
                           (i64.const 8)
                          )
                          (i64.add
                           (i64.const 64)
                           (i64.shr_u
                            (i64.sub
                             (i64.add
                              (local.get $t:127)
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
                (i64.store offset=8 align=1
                 (local.get $t:125)
                 (local.get $t:126)
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
             (br $each19)
            )
           )
          )
         )
        )
        (block
         (local.set $t:129
          (i64.extend_i32_u
           (local.get $list.1)
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
          (local.get $list.1)
          (local.get $len.1)
         )
        )
        (local.get $list.1)
       )
      )
      (block
       (local.set $t:131
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
       (i32.store offset=16 align=1
        (local.get $dict)
        (local.get $on)
       )
      )
      (local.set $same
       (block (result i32)
        (local.set $t:145
         (call $eq._Int__String_
          (block $e25 (result i32)
           (local.set $c.3
            (block (result i64)
             (if
              (i64.gt_u
               (i64.add
                (i64.extend_i32_u
                 (local.get $pair)
                )
                (i64.const 8)
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
             (i64.load align=1
              (local.get $pair)
             )
            )
           )
           (local.set $c.4
            (i32.const 8)
           )
           (local.set $obj.3
            (block (result i32)
             (local.set $t:133
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
             (local.set $t:134
              (i64.add
               (local.get $t:133)
               (i64.extend_i32_u
                (i32.const 16)
               )
              )
             )
             (if
              (i64.gt_u
               (local.get $t:134)
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
               (local.get $t:134)
              )
             )
             (if
              (i64.gt_u
               (local.get $t:134)
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (global.set $tetra:high_span
                (i64.sub
                 (local.get $t:134)
                 (global.get $tetra:scratch_start)
                )
               )
              )
             )
             (i32.wrap_i64
              (local.get $t:133)
             )
            )
           )
           (block
            (local.set $t:135
             (i64.extend_i32_u
              (local.get $obj.3)
             )
            )
            (if
             (i64.gt_u
              (i64.sub
               (i64.add
                (local.get $t:135)
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
                 (local.get $t:135)
                 (global.get $tetra:low_start)
                )
                (i64.gt_u
                 (i64.add
                  (local.get $t:135)
                  (i64.const 8)
                 )
                 (global.get $tetra:low_end)
                )
               )
               (then
                (if
                 (i64.gt_u
                  (i64.add
                   (local.get $t:135)
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
                  (local.get $t:135)
                  (global.get $tetra:scratch_start)
                 )
                 (then
                  (if
                   (i64.lt_u
                    (local.get $t:135)
                    (global.get $tetra:low_start)
                   )
                   (then
                    (global.set $tetra:low_start
                     (local.get $t:135)
                    )
                   )
                  )
                  (if
                   (i64.gt_u
                    (i64.add
                     (local.get $t:135)
                     (i64.const 8)
                    )
                    (global.get $tetra:low_end)
                   )
                   (then
                    (local.set $t:136
                     (i64.add
                      (i64.add
                       (local.get $t:135)
                       (i64.const 8)
                      )
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (i64.add
                          (local.get $t:135)
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
                      (local.get $t:136)
                      (i64.gt_u
                       (local.get $t:136)
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
                     (local.get $t:135)
                     (i64.const 8)
                    )
                    (i64.add
                     (global.get $tetra:scratch_start)
                     (global.get $tetra:high_span)
                    )
                   )
                   (then
                    (local.set $t:136
                     (i64.add
                      (i64.add
                       (local.get $t:135)
                       (i64.const 8)
                      )
                      (i64.add
                       (i64.const 64)
                       (i64.shr_u
                        (i64.sub
                         (i64.add
                          (local.get $t:135)
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
                       (local.get $t:136)
                       (i64.gt_u
                        (local.get $t:136)
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
             (local.get $obj.3)
             (local.get $c.3)
            )
           )
           (block
            (local.set $t:137
             (i64.add
              (i64.extend_i32_u
               (local.get $obj.3)
              )
              (i64.const 8)
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
            (i32.store offset=8 align=1
             (local.get $obj.3)
             (local.get $c.4)
            )
           )
           (local.get $obj.3)
          )
          (block $e29 (result i32)
           (local.set $c.5
            (i64.const 1)
           )
           (local.set $c.6
            (i32.const 8)
           )
           (local.set $obj.4
            (block (result i32)
             (local.set $t:139
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
             (local.set $t:140
              (i64.add
               (local.get $t:139)
               (i64.extend_i32_u
                (i32.const 16)
               )
              )
             )
             (if
              (i64.gt_u
               (local.get $t:140)
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
               (local.get $t:140)
              )
             )
             (if
              (i64.gt_u
               (local.get $t:140)
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (global.set $tetra:high_span
                (i64.sub
                 (local.get $t:140)
                 (global.get $tetra:scratch_start)
                )
               )
              )
             )
             (i32.wrap_i64
              (local.get $t:139)
             )
            )
           )
           (block
            (local.set $t:141
             (i64.extend_i32_u
              (local.get $obj.4)
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
            (i64.store align=1
             (local.get $obj.4)
             (local.get $c.5)
            )
           )
           (block
            (local.set $t:143
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
            (i32.store offset=8 align=1
             (local.get $obj.4)
             (local.get $c.6)
            )
           )
           (local.get $obj.4)
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
          (local.get $t:145)
         )
        )
        (tuple.extract 2 0
         (local.get $t:145)
        )
       )
      )
      (block
       (local.set $t:146
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
           (local.get $t:146)
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
            (local.get $t:146)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:146)
             (i64.const 1)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:146)
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
             (local.get $t:146)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:146)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:146)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:146)
                (i64.const 1)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:147
                (i64.add
                 (i64.add
                  (local.get $t:146)
                  (i64.const 1)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:146)
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
                 (local.get $t:147)
                 (i64.gt_u
                  (local.get $t:147)
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
                (local.get $t:146)
                (i64.const 1)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:147
                (i64.add
                 (i64.add
                  (local.get $t:146)
                  (i64.const 1)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:146)
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
                  (local.get $t:147)
                  (i64.gt_u
                   (local.get $t:147)
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
       (i32.store8 offset=20
        (local.get $dict)
        (local.get $same)
       )
      )
      (local.set $found.1
       (block $e32 (result i32)
        (local.set $xs.2
         (local.get $flags)
        )
        (local.set $needle
         (block $e34 (result i32)
          (local.set $c.7
           (i64.const 2)
          )
          (local.set $c.8
           (i32.const 0)
          )
          (local.set $obj.5
           (block (result i32)
            (local.set $t:148
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
            (local.set $t:149
             (i64.add
              (local.get $t:148)
              (i64.extend_i32_u
               (i32.const 16)
              )
             )
            )
            (if
             (i64.gt_u
              (local.get $t:149)
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
              (local.get $t:149)
             )
            )
            (if
             (i64.gt_u
              (local.get $t:149)
              (i64.add
               (global.get $tetra:scratch_start)
               (global.get $tetra:high_span)
              )
             )
             (then
              (global.set $tetra:high_span
               (i64.sub
                (local.get $t:149)
                (global.get $tetra:scratch_start)
               )
              )
             )
            )
            (i32.wrap_i64
             (local.get $t:148)
            )
           )
          )
          (block
           (local.set $t:150
            (i64.extend_i32_u
             (local.get $obj.5)
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
           (i64.store align=1
            (local.get $obj.5)
            (local.get $c.7)
           )
          )
          (block
           (local.set $t:152
            (i64.add
             (i64.extend_i32_u
              (local.get $obj.5)
             )
             (i64.const 8)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:152)
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
                (local.get $t:152)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:152)
                 (i64.const 1)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:152)
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
                    (i64.const 1)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:153
                    (i64.add
                     (i64.add
                      (local.get $t:152)
                      (i64.const 1)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:152)
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
                    (i64.const 1)
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
                      (i64.const 1)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:152)
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
           (i32.store8 offset=8
            (local.get $obj.5)
            (local.get $c.8)
           )
          )
          (local.get $obj.5)
         )
        )
        (local.set $found
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
            (local.get $k.2)
            (local.get $n.2)
           )
          )
          (local.set $x.2
           (block (result i32)
            (local.set $t:154
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
                (local.get $t:154)
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
             (local.get $t:154)
            )
           )
          )
          (local.set $x.3
           (local.get $x.2)
          )
          (if
           (block (result i32)
            (local.set $t:155
             (call $eq._Int__Bool_
              (local.get $x.3)
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
              (local.get $t:155)
             )
            )
            (tuple.extract 2 0
             (local.get $t:155)
            )
           )
           (then
            (local.set $found
             (i32.const 1)
            )
            (br $block37)
           )
          )
          (local.set $k.2
           (i32.add
            (local.get $k.2)
            (i32.const 1)
           )
          )
          (br $each38)
         )
        )
        (local.get $found)
       )
      )
      (block
       (local.set $t:156
        (i64.add
         (i64.extend_i32_u
          (local.get $dict)
         )
         (i64.const 21)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:156)
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
            (local.get $t:156)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:156)
             (i64.const 1)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:156)
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
                (i64.const 1)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:157
                (i64.add
                 (i64.add
                  (local.get $t:156)
                  (i64.const 1)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:156)
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
                (i64.const 1)
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
                  (i64.const 1)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:156)
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
       (i32.store8 offset=21
        (local.get $dict)
        (local.get $found.1)
       )
      )
      (local.set $nested
       (block $e39 (result i32)
        (local.set $c.11
         (block $e40 (result i32)
          (local.set $c.9
           (block (result i64)
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $pair)
               )
               (i64.const 8)
              )
              (global.get $tetra:arena)
             )
             (then
              (call $tetra:trap
               (i32.const 17)
               (i32.const 22)
              )
              (unreachable)
             )
            )
            (i64.load align=1
             (local.get $pair)
            )
           )
          )
          (local.set $c.10
           (block (result i32)
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $pair)
               )
               (i64.const 12)
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
            (i32.load offset=8 align=1
             (local.get $pair)
            )
           )
          )
          (local.set $obj.6
           (block (result i32)
            (local.set $t:158
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
            (local.set $t:159
             (i64.add
              (local.get $t:158)
              (i64.extend_i32_u
               (i32.const 16)
              )
             )
            )
            (if
             (i64.gt_u
              (local.get $t:159)
              (i64.extend_i32_u
               (global.get $tetra:scratch_end)
              )
             )
             (then
              (call $tetra:trap
               (i32.const 15)
               (i32.const 24)
              )
              (unreachable)
             )
            )
            (global.set $tetra:scratch_ptr
             (i32.wrap_i64
              (local.get $t:159)
             )
            )
            (if
             (i64.gt_u
              (local.get $t:159)
              (i64.add
               (global.get $tetra:scratch_start)
               (global.get $tetra:high_span)
              )
             )
             (then
              (global.set $tetra:high_span
               (i64.sub
                (local.get $t:159)
                (global.get $tetra:scratch_start)
               )
              )
             )
            )
            (i32.wrap_i64
             (local.get $t:158)
            )
           )
          )
          (block
           (local.set $t:160
            (i64.extend_i32_u
             (local.get $obj.6)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:160)
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
                (local.get $t:160)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:160)
                 (i64.const 8)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:160)
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
                   (i64.add
                    (local.get $t:160)
                    (i64.const 8)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:161
                    (i64.add
                     (i64.add
                      (local.get $t:160)
                      (i64.const 8)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:160)
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
                     (local.get $t:161)
                     (i64.gt_u
                      (local.get $t:161)
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
                    (local.get $t:160)
                    (i64.const 8)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:161
                    (i64.add
                     (i64.add
                      (local.get $t:160)
                      (i64.const 8)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:160)
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
                      (local.get $t:161)
                      (i64.gt_u
                       (local.get $t:161)
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
            (local.get $obj.6)
            (local.get $c.9)
           )
          )
          (block
           (local.set $t:162
            (i64.add
             (i64.extend_i32_u
              (local.get $obj.6)
             )
             (i64.const 8)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:162)
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
                (local.get $t:162)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:162)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:162)
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
                   (i64.add
                    (local.get $t:162)
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:163
                    (i64.add
                     (i64.add
                      (local.get $t:162)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:162)
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
                     (local.get $t:163)
                     (i64.gt_u
                      (local.get $t:163)
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
                    (local.get $t:162)
                    (i64.const 4)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:163
                    (i64.add
                     (i64.add
                      (local.get $t:162)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:162)
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
                      (local.get $t:163)
                      (i64.gt_u
                       (local.get $t:163)
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
            (local.get $obj.6)
            (local.get $c.10)
           )
          )
          (local.get $obj.6)
         )
        )
        (local.set $c.12
         (block $e45 (result i32)
          (local.set $item
           (block (result i64)
            (local.set $t:164
             (block (result i64)
              (if
               (i64.gt_u
                (i64.add
                 (i64.extend_i32_u
                  (local.get $pair)
                 )
                 (i64.const 8)
                )
                (global.get $tetra:arena)
               )
               (then
                (call $tetra:trap
                 (i32.const 17)
                 (i32.const 27)
                )
                (unreachable)
               )
              )
              (i64.load align=1
               (local.get $pair)
              )
             )
            )
            (local.set $t:165
             (i64.mul
              (local.get $t:164)
              (i64.const 2)
             )
            )
            (if
             (i32.eqz
              (i32.and
               (i64.eq
                (i64.extend_i32_s
                 (i32.wrap_i64
                  (local.get $t:164)
                 )
                )
                (local.get $t:164)
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
                (local.get $t:164)
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
                   (i32.const 26)
                  )
                  (unreachable)
                 )
                )
               )
               (else
                (if
                 (i64.ne
                  (local.get $t:164)
                  (i64.const 0)
                 )
                 (then
                  (if
                   (i64.ne
                    (i64.div_s
                     (local.get $t:165)
                     (local.get $t:164)
                    )
                    (i64.const 2)
                   )
                   (then
                    (call $tetra:trap
                     (i32.const 2)
                     (i32.const 26)
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
            (local.get $t:165)
           )
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
              (i32.const 25)
             )
             (unreachable)
            )
           )
          )
          (local.set $list.2
           (block (result i32)
            (local.set $t:166
             (i32.wrap_i64
              (local.get $size.2)
             )
            )
            (local.set $t:167
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
            (local.set $t:168
             (i64.add
              (local.get $t:167)
              (i64.extend_i32_u
               (local.get $t:166)
              )
             )
            )
            (if
             (i64.gt_u
              (local.get $t:168)
              (i64.extend_i32_u
               (global.get $tetra:scratch_end)
              )
             )
             (then
              (call $tetra:trap
               (i32.const 15)
               (i32.const 25)
              )
              (unreachable)
             )
            )
            (global.set $tetra:scratch_ptr
             (i32.wrap_i64
              (local.get $t:168)
             )
            )
            (if
             (i64.gt_u
              (local.get $t:168)
              (i64.add
               (global.get $tetra:scratch_start)
               (global.get $tetra:high_span)
              )
             )
             (then
              (global.set $tetra:high_span
               (i64.sub
                (local.get $t:168)
                (global.get $tetra:scratch_start)
               )
              )
             )
            )
            (i32.wrap_i64
             (local.get $t:167)
            )
           )
          )
          (local.set $len.2
           (i32.const 0)
          )
          (block
           (local.set $t:169
            (i32.add
             (i32.add
              (local.get $list.2)
              (i32.const 8)
             )
             (i32.mul
              (local.get $len.2)
              (i32.const 8)
             )
            )
           )
           (local.set $t:170
            (i64.extend_i32_u
             (local.get $t:169)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:170)
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
                (local.get $t:170)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:170)
                 (i64.const 8)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:170)
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
                 (local.get $t:170)
                 (global.get $tetra:scratch_start)
                )
                (then
                 (if
                  (i64.lt_u
                   (local.get $t:170)
                   (global.get $tetra:low_start)
                  )
                  (then
                   (global.set $tetra:low_start
                    (local.get $t:170)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:170)
                    (i64.const 8)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:171
                    (i64.add
                     (i64.add
                      (local.get $t:170)
                      (i64.const 8)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:170)
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
                     (local.get $t:171)
                     (i64.gt_u
                      (local.get $t:171)
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
                    (local.get $t:170)
                    (i64.const 8)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:171
                    (i64.add
                     (i64.add
                      (local.get $t:170)
                      (i64.const 8)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:170)
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
                      (local.get $t:171)
                      (i64.gt_u
                       (local.get $t:171)
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
            (local.get $t:169)
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
           (local.set $t:172
            (i64.extend_i32_u
             (local.get $list.2)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:172)
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
                (local.get $t:172)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:172)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:172)
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
                 (local.get $t:172)
                 (global.get $tetra:scratch_start)
                )
                (then
                 (if
                  (i64.lt_u
                   (local.get $t:172)
                   (global.get $tetra:low_start)
                  )
                  (then
                   (global.set $tetra:low_start
                    (local.get $t:172)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:172)
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:173
                    (i64.add
                     (i64.add
                      (local.get $t:172)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:172)
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
                     (local.get $t:173)
                     (i64.gt_u
                      (local.get $t:173)
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
                    (local.get $t:172)
                    (i64.const 4)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:173
                    (i64.add
                     (i64.add
                      (local.get $t:172)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:172)
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
                      (local.get $t:173)
                      (i64.gt_u
                       (local.get $t:173)
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
        (local.set $obj.7
         (block (result i32)
          (local.set $t:174
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
          (local.set $t:175
           (i64.add
            (local.get $t:174)
            (i64.extend_i32_u
             (i32.const 8)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:175)
            (i64.extend_i32_u
             (global.get $tetra:scratch_end)
            )
           )
           (then
            (call $tetra:trap
             (i32.const 15)
             (i32.const 28)
            )
            (unreachable)
           )
          )
          (global.set $tetra:scratch_ptr
           (i32.wrap_i64
            (local.get $t:175)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:175)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:175)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:174)
          )
         )
        )
        (block
         (local.set $t:176
          (i64.extend_i32_u
           (local.get $obj.7)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:176)
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
              (local.get $t:176)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:176)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:176)
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
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:177
                  (i64.add
                   (i64.add
                    (local.get $t:176)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:176)
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
                  (i64.const 4)
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
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:176)
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
         (i32.store align=1
          (local.get $obj.7)
          (local.get $c.11)
         )
        )
        (block
         (local.set $t:178
          (i64.add
           (i64.extend_i32_u
            (local.get $obj.7)
           )
           (i64.const 4)
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
         (i32.store offset=4 align=1
          (local.get $obj.7)
          (local.get $c.12)
         )
        )
        (local.get $obj.7)
       )
      )
      (block
       (local.set $t:180
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
           (local.get $t:180)
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
            (local.get $t:180)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:180)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:180)
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
             (local.get $t:180)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:180)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:180)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:180)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:181
                (i64.add
                 (i64.add
                  (local.get $t:180)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:180)
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
                 (local.get $t:181)
                 (i64.gt_u
                  (local.get $t:181)
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
                (local.get $t:180)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:181
                (i64.add
                 (i64.add
                  (local.get $t:180)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:180)
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
                  (local.get $t:181)
                  (i64.gt_u
                   (local.get $t:181)
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
        (local.get $nested)
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
      (local.set $t:182
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
        (local.get $t:182)
       )
      )
      (tuple.extract 2 0
       (local.get $t:182)
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
