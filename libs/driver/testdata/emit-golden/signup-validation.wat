;; From examples/signup-validation.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
;; `tetra emit wat examples/signup-validation.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
;; (all but the rt.* runtime and the codec.* JSON codec), in module order.
;; Defined functions (37):
;;   $tetra:trap
;;   $codec.hex4
;;   $rt.utf8_valid
;;   $codec.str_check
;;   $codec.num_end
;;   $codec.json_valid
;;   $codec.str_end
;;   $codec.str_unescape
;;   $codec.dec.string.2
;;   $codec.dec.int.3
;;   $codec.skip
;;   $codec.dec.option.4
;;   $codec.dec.fields.1
;;   $codec.dec.record.0
;;   $validate.Signup
;;   $main.args
;;   $rt.mem_chr
;;   $rt.mem_eq
;;   $rt.find_bytes
;;   $rt.str_split
;;   $rt.final_sigma
;;   $rt.str_lower
;;   $rt.str_eq
;;   $rt.str_concat
;;   $rt.str_ends_with
;;   $codec.enc.bool.1
;;   $codec.write_str
;;   $codec.enc.string.2
;;   $codec.enc.list.3
;;   $codec.enc.record.0
;;   $main
;;   $rt.str_find
;;   $rt.str_contains
;;   $pred.Signup.email
;;   $pred.Signup.age
;;   $tetra:prepare
;;   $tetra:run
;; The program's 5 function(s):

 (func $validate.Signup (param $v i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $t:3 (tuple i32 i64))
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
     (i32.eqz
      (block (result i32)
       (local.set $t:3
        (call $pred.Signup.email
         (i32.const 0)
         (block (result i32)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $v)
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
           (local.get $v)
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
         (local.get $t:3)
        )
       )
       (tuple.extract 2 0
        (local.get $t:3)
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
        (call $pred.Signup.age
         (i32.const 0)
         (block (result i64)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $v)
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
           (local.get $v)
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
  (local $t:31 (tuple i32 i64))
  (local $t:32 i64)
  (local $t:33 i64)
  (local $t:34 i64)
  (local $t:35 i64)
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
             (i32.const 115)
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
            (call $codec.dec.record.0
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
     (i32.eqz
      (block (result i32)
       (local.set $t:31
        (call $validate.Signup
         (local.get $arg)
         (block (result i32)
          (if
           (i32.ge_u
            (local.get $t:depth)
            (i32.const 1000)
           )
           (then
            (call $tetra:trap
             (i32.const 15)
             (i32.const 2)
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
         (local.get $t:31)
        )
       )
       (tuple.extract 2 0
        (local.get $t:31)
       )
      )
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
      (local.set $t:32
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
      (local.set $t:33
       (i64.add
        (local.get $t:32)
        (i64.extend_i32_u
         (i32.const 8)
        )
       )
      )
      (if
       (i64.gt_u
        (local.get $t:33)
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
        (local.get $t:33)
       )
      )
      (if
       (i64.gt_u
        (local.get $t:33)
        (i64.add
         (global.get $tetra:scratch_start)
         (global.get $tetra:high_span)
        )
       )
       (then
        (global.set $tetra:high_span
         (i64.sub
          (local.get $t:33)
          (global.get $tetra:scratch_start)
         )
        )
       )
      )
      (i32.wrap_i64
       (local.get $t:32)
      )
     )
    )
    (block
     (local.set $t:34
      (i64.extend_i32_u
       (local.get $args_out)
      )
     )
     (if
      (i64.gt_u
       (i64.sub
        (i64.add
         (local.get $t:34)
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
          (local.get $t:34)
          (global.get $tetra:low_start)
         )
         (i64.gt_u
          (i64.add
           (local.get $t:34)
           (i64.const 4)
          )
          (global.get $tetra:low_end)
         )
        )
        (then
         (if
          (i64.gt_u
           (i64.add
            (local.get $t:34)
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
           (local.get $t:34)
           (global.get $tetra:scratch_start)
          )
          (then
           (if
            (i64.lt_u
             (local.get $t:34)
             (global.get $tetra:low_start)
            )
            (then
             (global.set $tetra:low_start
              (local.get $t:34)
             )
            )
           )
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:34)
              (i64.const 4)
             )
             (global.get $tetra:low_end)
            )
            (then
             (local.set $t:35
              (i64.add
               (i64.add
                (local.get $t:34)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:34)
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
               (local.get $t:35)
               (i64.gt_u
                (local.get $t:35)
                (global.get $tetra:arena)
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
              (local.get $t:34)
              (i64.const 4)
             )
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (local.set $t:35
              (i64.add
               (i64.add
                (local.get $t:34)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:34)
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
                (local.get $t:35)
                (i64.gt_u
                 (local.get $t:35)
                 (global.get $tetra:arena)
                )
               )
               (global.get $tetra:scratch_start)
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
  (local $s i32)
  (local $dict i32)
  (local $r i32)
  (local $xs i32)
  (local $i i64)
  (local $handle i32)
  (local $adult i32)
  (local $greeting i32)
  (local $scrut i32)
  (local $r.1 i32)
  (local $source i32)
  (local $item i32)
  (local $item.1 i32)
  (local $size i64)
  (local $list i32)
  (local $len i32)
  (local $xs.1 i32)
  (local $size.1 i64)
  (local $list.1 i32)
  (local $len.1 i32)
  (local $n i32)
  (local $k i32)
  (local $x i32)
  (local $w i32)
  (local $warnings i32)
  (local $result i32)
  (local $json_start i32)
  (local $json_end i32)
  (local $result.1 i32)
  (local $t:36 (tuple i32 i64))
  (local $t:37 i64)
  (local $t:38 i64)
  (local $t:39 (tuple i32 i64))
  (local $t:40 i32)
  (local $t:41 (tuple i32 i64))
  (local $t:42 i64)
  (local $t:43 i64)
  (local $t:44 i64)
  (local $t:45 i64)
  (local $t:46 (tuple i32 i64))
  (local $t:47 i64)
  (local $t:48 i64)
  (local $t:49 (tuple i32 i64))
  (local $t:50 i64)
  (local $t:51 i64)
  (local $t:52 (tuple i32 i64))
  (local $t:53 i32)
  (local $t:54 i64)
  (local $t:55 i64)
  (local $t:56 i32)
  (local $t:57 i64)
  (local $t:58 i64)
  (local $t:59 i32)
  (local $t:60 i64)
  (local $t:61 i64)
  (local $t:62 i64)
  (local $t:63 i64)
  (local $t:64 i32)
  (local $t:65 i64)
  (local $t:66 i64)
  (local $t:67 i64)
  (local $t:68 i64)
  (local $t:69 i64)
  (local $t:70 i32)
  (local $t:71 i32)
  (local $t:72 i64)
  (local $t:73 i64)
  (local $t:74 i32)
  (local $t:75 i32)
  (local $t:76 i64)
  (local $t:77 i64)
  (local $t:78 i64)
  (local $t:79 i64)
  (local $t:80 i64)
  (local $t:81 i64)
  (local $t:82 (tuple i32 i64))
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
    (local.set $s
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
           (i32.const 20)
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
           (i32.const 3)
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
      (local.set $handle
       (block (result i32)
        (local.set $t:41
         (call $rt.str_lower
          (block $e2 (result i32)
           (local.set $xs
            (block $e3 (result i32)
             (local.set $r
              (block (result i32)
               (local.set $t:39
                (call $rt.str_split
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
                     (i32.const 7)
                    )
                    (unreachable)
                   )
                  )
                  (i32.load align=1
                   (local.get $s)
                  )
                 )
                 (i32.const 16)
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
                 (local.get $t:39)
                )
               )
               (tuple.extract 2 0
                (local.get $t:39)
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
                 (i32.const 6)
                )
                (unreachable)
               )
              )
             )
             (local.get $r)
            )
           )
           (local.set $i
            (i64.const 0)
           )
           (if
            (i64.ge_u
             (local.get $i)
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
                  (i32.const 5)
                 )
                 (unreachable)
                )
               )
               (i32.load align=1
                (local.get $xs)
               )
              )
             )
            )
            (then
             (block
              (call $tetra:trap
               (i32.const 3)
               (i32.const 5)
              )
              (unreachable)
             )
            )
           )
           (block (result i32)
            (local.set $t:40
             (i32.add
              (local.get $xs)
              (i32.mul
               (i32.wrap_i64
                (local.get $i)
               )
               (i32.const 4)
              )
             )
            )
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $t:40)
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
             (local.get $t:40)
            )
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
              (i32.const 4)
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
      (block
       (local.set $t:42
        (i64.extend_i32_u
         (local.get $dict)
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
       (i32.store align=1
        (local.get $dict)
        (local.get $handle)
       )
      )
      (local.set $adult
       (i64.ge_s
        (block (result i64)
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $s)
            )
            (i64.const 16)
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
         (i64.load offset=8 align=1
          (local.get $s)
         )
        )
        (i64.const 18)
       )
      )
      (block
       (local.set $t:44
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
           (local.get $t:44)
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
            (local.get $t:44)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:44)
             (i64.const 1)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:44)
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
             (local.get $t:44)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:44)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:44)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:44)
                (i64.const 1)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:45
                (i64.add
                 (i64.add
                  (local.get $t:44)
                  (i64.const 1)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:44)
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
                 (local.get $t:45)
                 (i64.gt_u
                  (local.get $t:45)
                  (global.get $tetra:arena)
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
                (local.get $t:44)
                (i64.const 1)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:45
                (i64.add
                 (i64.add
                  (local.get $t:44)
                  (i64.const 1)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:44)
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
                  (local.get $t:45)
                  (i64.gt_u
                   (local.get $t:45)
                   (global.get $tetra:arena)
                  )
                 )
                 (global.get $tetra:scratch_start)
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
        (local.get $dict)
        (local.get $adult)
       )
      )
      (local.set $greeting
       (if (result i32)
        (block (result i32)
         (local.set $t:46
          (call $rt.str_eq
           (block (result i32)
            (if
             (i64.gt_u
              (i64.add
               (i64.extend_i32_u
                (local.get $s)
               )
               (i64.const 20)
              )
              (global.get $tetra:arena)
             )
             (then
              (call $tetra:trap
               (i32.const 17)
               (i32.const 11)
              )
              (unreachable)
             )
            )
            (i32.load offset=16 align=1
             (local.get $s)
            )
           )
           (i32.const 8340)
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
           (local.get $t:46)
          )
         )
         (tuple.extract 2 0
          (local.get $t:46)
         )
        )
        (then
         (i32.const 8348)
        )
        (else
         (i32.const 8360)
        )
       )
      )
      (block
       (local.set $t:47
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
       (i32.store offset=8 align=1
        (local.get $dict)
        (local.get $greeting)
       )
      )
      (local.set $source
       (block $e19 (result i32)
        (local.set $scrut
         (block (result i32)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $s)
             )
             (i64.const 24)
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
          (i32.load offset=20 align=1
           (local.get $s)
          )
         )
        )
        (block $match22 (result i32)
         (if
          (i32.ne
           (local.get $scrut)
           (i32.const 0)
          )
          (then
           (local.set $r.1
            (block (result i32)
             (if
              (i64.gt_u
               (i64.add
                (i64.extend_i32_u
                 (local.get $scrut)
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
              (local.get $scrut)
             )
            )
           )
           (br $match22
            (block (result i32)
             (local.set $t:49
              (call $rt.str_concat
               (i32.const 8372)
               (local.get $r.1)
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
               (local.get $t:49)
              )
             )
             (tuple.extract 2 0
              (local.get $t:49)
             )
            )
           )
          )
         )
         (if
          (i32.eqz
           (local.get $scrut)
          )
          (then
           (br $match22
            (i32.const 8380)
           )
          )
         )
         (block
          (call $tetra:trap
           (i32.const 5)
           (i32.const 14)
          )
          (unreachable)
         )
        )
       )
      )
      (block
       (local.set $t:50
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
           (local.get $t:50)
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
            (local.get $t:50)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:50)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:50)
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
             (local.get $t:50)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:50)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:50)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:50)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:51
                (i64.add
                 (i64.add
                  (local.get $t:50)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:50)
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
                 (local.get $t:51)
                 (i64.gt_u
                  (local.get $t:51)
                  (global.get $tetra:arena)
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
                (local.get $t:50)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:51
                (i64.add
                 (i64.add
                  (local.get $t:50)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:50)
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
                  (local.get $t:51)
                  (i64.gt_u
                   (local.get $t:51)
                   (global.get $tetra:arena)
                  )
                 )
                 (global.get $tetra:scratch_start)
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
        (local.get $source)
       )
      )
      (local.set $warnings
       (block $e26 (result i32)
        (local.set $xs.1
         (block $e27 (result i32)
          (local.set $item
           (if (result i32)
            (i64.lt_s
             (block (result i64)
              (if
               (i64.gt_u
                (i64.add
                 (i64.extend_i32_u
                  (local.get $s)
                 )
                 (i64.const 16)
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
              (i64.load offset=8 align=1
               (local.get $s)
              )
             )
             (i64.const 18)
            )
            (then
             (i32.const 8392)
            )
            (else
             (i32.const 8404)
            )
           )
          )
          (local.set $item.1
           (if (result i32)
            (block (result i32)
             (local.set $t:52
              (call $rt.str_ends_with
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
                   (i32.const 19)
                  )
                  (unreachable)
                 )
                )
                (i32.load align=1
                 (local.get $s)
                )
               )
               (i32.const 8408)
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
               (local.get $t:52)
              )
             )
             (tuple.extract 2 0
              (local.get $t:52)
             )
            )
            (then
             (i32.const 8420)
            )
            (else
             (i32.const 8404)
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
              (i32.const 15)
             )
             (unreachable)
            )
           )
          )
          (local.set $list
           (block (result i32)
            (local.set $t:53
             (i32.wrap_i64
              (local.get $size)
             )
            )
            (local.set $t:54
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
            (local.set $t:55
             (i64.add
              (local.get $t:54)
              (i64.extend_i32_u
               (local.get $t:53)
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
               (i32.const 15)
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
          (local.set $len
           (i32.const 0)
          )
          (block
           (local.set $t:56
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
           (local.set $t:57
            (i64.extend_i32_u
             (local.get $t:56)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:57)
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
                (local.get $t:57)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:57)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:57)
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
                 (local.get $t:57)
                 (global.get $tetra:scratch_start)
                )
                (then
                 (if
                  (i64.lt_u
                   (local.get $t:57)
                   (global.get $tetra:low_start)
                  )
                  (then
                   (global.set $tetra:low_start
                    (local.get $t:57)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:57)
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:58
                    (i64.add
                     (i64.add
                      (local.get $t:57)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:57)
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
                     (local.get $t:58)
                     (i64.gt_u
                      (local.get $t:58)
                      (global.get $tetra:arena)
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
                    (local.get $t:57)
                    (i64.const 4)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:58
                    (i64.add
                     (i64.add
                      (local.get $t:57)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:57)
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
                      (local.get $t:58)
                      (i64.gt_u
                       (local.get $t:58)
                       (global.get $tetra:arena)
                      )
                     )
                     (global.get $tetra:scratch_start)
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
            (local.get $t:56)
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
           (local.set $t:59
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
           (local.set $t:60
            (i64.extend_i32_u
             (local.get $t:59)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:60)
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
                (local.get $t:60)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:60)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:60)
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
                 (local.get $t:60)
                 (global.get $tetra:scratch_start)
                )
                (then
                 (if
                  (i64.lt_u
                   (local.get $t:60)
                   (global.get $tetra:low_start)
                  )
                  (then
                   (global.set $tetra:low_start
                    (local.get $t:60)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:60)
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:61
                    (i64.add
                     (i64.add
                      (local.get $t:60)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:60)
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
                     (local.get $t:61)
                     (i64.gt_u
                      (local.get $t:61)
                      (global.get $tetra:arena)
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
                    (local.get $t:60)
                    (i64.const 4)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:61
                    (i64.add
                     (i64.add
                      (local.get $t:60)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:60)
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
                      (local.get $t:61)
                      (i64.gt_u
                       (local.get $t:61)
                       (global.get $tetra:arena)
                      )
                     )
                     (global.get $tetra:scratch_start)
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
            (local.get $t:59)
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
           (local.set $t:62
            (i64.extend_i32_u
             (local.get $list)
            )
           )
           (if
            (i64.gt_u
             (i64.sub
              (i64.add
               (local.get $t:62)
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
                (local.get $t:62)
                (global.get $tetra:low_start)
               )
               (i64.gt_u
                (i64.add
                 (local.get $t:62)
                 (i64.const 4)
                )
                (global.get $tetra:low_end)
               )
              )
              (then
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:62)
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
                 (local.get $t:62)
                 (global.get $tetra:scratch_start)
                )
                (then
                 (if
                  (i64.lt_u
                   (local.get $t:62)
                   (global.get $tetra:low_start)
                  )
                  (then
                   (global.set $tetra:low_start
                    (local.get $t:62)
                   )
                  )
                 )
                 (if
                  (i64.gt_u
                   (i64.add
                    (local.get $t:62)
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                  (then
                   (local.set $t:63
                    (i64.add
                     (i64.add
                      (local.get $t:62)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:62)
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
                     (local.get $t:63)
                     (i64.gt_u
                      (local.get $t:63)
                      (global.get $tetra:arena)
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
                    (local.get $t:62)
                    (i64.const 4)
                   )
                   (i64.add
                    (global.get $tetra:scratch_start)
                    (global.get $tetra:high_span)
                   )
                  )
                  (then
                   (local.set $t:63
                    (i64.add
                     (i64.add
                      (local.get $t:62)
                      (i64.const 4)
                     )
                     (i64.add
                      (i64.const 64)
                      (i64.shr_u
                       (i64.sub
                        (i64.add
                         (local.get $t:62)
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
                      (local.get $t:63)
                      (i64.gt_u
                       (local.get $t:63)
                       (global.get $tetra:arena)
                      )
                     )
                     (global.get $tetra:scratch_start)
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
            (i32.const 20)
           )
           (unreachable)
          )
         )
        )
        (local.set $list.1
         (block (result i32)
          (local.set $t:64
           (i32.wrap_i64
            (local.get $size.1)
           )
          )
          (local.set $t:65
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
          (local.set $t:66
           (i64.add
            (local.get $t:65)
            (i64.extend_i32_u
             (local.get $t:64)
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
             (i32.const 20)
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
        (local.set $len.1
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
         (local.set $t:67
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
         (local.set $t:68
          (i64.sub
           (i64.extend_i32_u
            (local.get $n)
           )
           (i64.const 1)
          )
         )
         (local.set $t:69
          (i64.add
           (i64.add
            (i64.extend_i32_u
             (local.get $xs.1)
            )
            (i64.mul
             (local.get $t:68)
             (i64.const 4)
            )
           )
           (i64.const 8)
          )
         )
         (if
          (i32.and
           (i64.lt_u
            (local.get $t:67)
            (local.get $t:fuel)
           )
           (i32.or
            (i64.eqz
             (local.get $t:67)
            )
            (i64.le_u
             (local.get $t:69)
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
               (local.get $t:67)
               (i64.const 1)
              )
              (i64.const 1)
             )
            )
           )
           (block $block42:fast
            (loop $each43:fast
             (br_if $block42:fast
              (i32.ge_u
               (local.get $k)
               (local.get $n)
              )
             )
             (local.set $x
              (block (result i32)
               (local.set $t:70
                (i32.add
                 (local.get $xs.1)
                 (i32.mul
                  (local.get $k)
                  (i32.const 4)
                 )
                )
               )
               (i32.load offset=4 align=1
                (local.get $t:70)
               )
              )
             )
             (local.set $w
              (local.get $x)
             )
             (if
              (i32.eqz
               (i32.eqz
                (block (result i32)
                 (if
                  (i64.gt_u
                   (i64.add
                    (i64.extend_i32_u
                     (local.get $w)
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
                  (local.get $w)
                 )
                )
               )
              )
              (then
               (block
                (local.set $t:71
                 (i32.add
                  (local.get $list.1)
                  (i32.mul
                   (local.get $len.1)
                   (i32.const 4)
                  )
                 )
                )
                (local.set $t:72
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $t:71)
                  )
                  (i64.const 4)
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
                (i32.store offset=4 align=1
                 (local.get $t:71)
                 (local.get $w)
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
             (local.set $k
              (i32.add
               (local.get $k)
               (i32.const 1)
              )
             )
             (br $each43:fast)
            )
           )
          )
          (else
           (block $block42
            (loop $each43
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
             (br_if $block42
              (i32.ge_u
               (local.get $k)
               (local.get $n)
              )
             )
             (local.set $x
              (block (result i32)
               (local.set $t:74
                (i32.add
                 (local.get $xs.1)
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
                   (local.get $t:74)
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
                (local.get $t:74)
               )
              )
             )
             (local.set $w
              (local.get $x)
             )
             (if
              (i32.eqz
               (i32.eqz
                (block (result i32)
                 (if
                  (i64.gt_u
                   (i64.add
                    (i64.extend_i32_u
                     (local.get $w)
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
                  (local.get $w)
                 )
                )
               )
              )
              (then
               (block
                (local.set $t:75
                 (i32.add
                  (local.get $list.1)
                  (i32.mul
                   (local.get $len.1)
                   (i32.const 4)
                  )
                 )
                )
                (local.set $t:76
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $t:75)
                  )
                  (i64.const 4)
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
                (i32.store offset=4 align=1
                 (local.get $t:75)
                 (local.get $w)
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
             (local.set $k
              (i32.add
               (local.get $k)
               (i32.const 1)
              )
             )
             (br $each43)
            )
           )
          )
         )
        )
        (block
         (local.set $t:78
          (i64.extend_i32_u
           (local.get $list.1)
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
          (local.get $list.1)
          (local.get $len.1)
         )
        )
        (local.get $list.1)
       )
      )
      (block
       (local.set $t:80
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
       (i32.store offset=16 align=1
        (local.get $dict)
        (local.get $warnings)
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
      (local.set $t:82
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
        (local.get $t:82)
       )
      )
      (tuple.extract 2 0
       (local.get $t:82)
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

 (func $pred.Signup.email (param $env i32) (param $e i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
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
    (block (result i32)
     (local.set $t:4
      (call $rt.str_contains
       (local.get $e)
       (i32.const 16)
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
       (local.get $t:4)
      )
     )
     (tuple.extract 2 0
      (local.get $t:4)
     )
    )
   )
   (local.get $t:fuel)
  )
 )

 (func $pred.Signup.age (param $env i32) (param $a i64) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
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
    (i64.ge_s
     (local.get $a)
     (i64.const 13)
    )
   )
   (local.get $t:fuel)
  )
 )
