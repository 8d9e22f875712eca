;; From examples/pricing.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
;; `tetra emit wat examples/pricing.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
;; (all but the rt.* runtime and the codec.* JSON codec), in module order.
;; Defined functions (44):
;;   $tetra:trap
;;   $codec.hex4
;;   $rt.utf8_valid
;;   $codec.str_check
;;   $codec.num_end
;;   $codec.json_valid
;;   $codec.str_end
;;   $codec.str_unescape
;;   $codec.dec.string.3
;;   $codec.dec.int.4
;;   $rt.parse_eisel_lemire
;;   $rt.decimal_shr
;;   $rt.decimal_shl
;;   $rt.decimal_round
;;   $rt.parse_float_slow
;;   $rt.parse_float
;;   $codec.dec.float.5
;;   $codec.skip
;;   $codec.dec.fields.2
;;   $codec.dec.record.1
;;   $codec.dec.list.0
;;   $codec.dec.fields.7
;;   $codec.dec.enum.6
;;   $validate.LineItem
;;   $validate.List_LineItem_
;;   $main.args
;;   $rt.mem_eq
;;   $rt.str_eq
;;   $rt.u64_digits
;;   $rt.u64_write_back
;;   $rt.int_write
;;   $codec.write_int
;;   $codec.enc.int.1
;;   $codec.write_str
;;   $codec.enc.string.4
;;   $codec.enc.record.3
;;   $codec.enc.list.2
;;   $codec.enc.record.0
;;   $main
;;   $pred.LineItem.qty
;;   $pred.LineItem.unit_price
;;   $fn.money
;;   $tetra:prepare
;;   $tetra:run
;; The program's 7 function(s):

 (func $validate.LineItem (param $v i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
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
        (call $pred.LineItem.qty
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
        (call $pred.LineItem.unit_price
         (i32.const 0)
         (block (result f64)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $v)
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
          (f64.load offset=16 align=1
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

 (func $validate.List_LineItem_ (param $v i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $i i32)
  (local $n i32)
  (local $t:5 i32)
  (local $t:6 (tuple i32 i64))
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
    (local.set $n
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
    )
    (block $block0
     (loop $loop1
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
      (br_if $block0
       (i32.ge_u
        (local.get $i)
        (local.get $n)
       )
      )
      (if
       (i32.eqz
        (block (result i32)
         (local.set $t:6
          (call $validate.LineItem
           (block (result i32)
            (local.set $t:5
             (i32.add
              (local.get $v)
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
                (local.get $t:5)
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
             (local.get $t:5)
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
           (local.get $t:6)
          )
         )
         (tuple.extract 2 0
          (local.get $t:6)
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
      (local.set $i
       (i32.add
        (local.get $i)
        (i32.const 1)
       )
      )
      (br $loop1)
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
  (local $t:45 (tuple i32 i64))
  (local $t:46 i64)
  (local $t:47 i64)
  (local $t:48 i64)
  (local $t:49 i64)
  (local $t:50 i64)
  (local $t:51 i64)
  (local $t:52 i64)
  (local $t:53 i64)
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
              (i32.const 1835365481)
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
              (i32.const 0)
             )
            )
           )
          )
         )
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
             (i32.const 1919248756)
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
               (i32.const 1853189987)
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
               (i32.const 29300)
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
              (i32.const 121)
             )
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
             (call $codec.dec.enum.6
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
            (call $codec.dec.string.3
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
      (block (result i32)
       (local.set $t:45
        (call $validate.List_LineItem_
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
         (local.get $t:45)
        )
       )
       (tuple.extract 2 0
        (local.get $t:45)
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
      (local.set $t:46
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
      (local.set $t:47
       (i64.add
        (local.get $t:46)
        (i64.extend_i32_u
         (i32.const 24)
        )
       )
      )
      (if
       (i64.gt_u
        (local.get $t:47)
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
        (local.get $t:47)
       )
      )
      (if
       (i64.gt_u
        (local.get $t:47)
        (i64.add
         (global.get $tetra:scratch_start)
         (global.get $tetra:high_span)
        )
       )
       (then
        (global.set $tetra:high_span
         (i64.sub
          (local.get $t:47)
          (global.get $tetra:scratch_start)
         )
        )
       )
      )
      (i32.wrap_i64
       (local.get $t:46)
      )
     )
    )
    (block
     (local.set $t:48
      (i64.extend_i32_u
       (local.get $args_out)
      )
     )
     (if
      (i64.gt_u
       (i64.sub
        (i64.add
         (local.get $t:48)
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
          (local.get $t:48)
          (global.get $tetra:low_start)
         )
         (i64.gt_u
          (i64.add
           (local.get $t:48)
           (i64.const 4)
          )
          (global.get $tetra:low_end)
         )
        )
        (then
         (if
          (i64.gt_u
           (i64.add
            (local.get $t:48)
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
           (local.get $t:48)
           (global.get $tetra:scratch_start)
          )
          (then
           (if
            (i64.lt_u
             (local.get $t:48)
             (global.get $tetra:low_start)
            )
            (then
             (global.set $tetra:low_start
              (local.get $t:48)
             )
            )
           )
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:48)
              (i64.const 4)
             )
             (global.get $tetra:low_end)
            )
            (then
             (local.set $t:49
              (i64.add
               (i64.add
                (local.get $t:48)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:48)
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
               (local.get $t:49)
               (i64.gt_u
                (local.get $t:49)
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
              (local.get $t:48)
              (i64.const 4)
             )
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (local.set $t:49
              (i64.add
               (i64.add
                (local.get $t:48)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:48)
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
                (local.get $t:49)
                (i64.gt_u
                 (local.get $t:49)
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
     (local.set $t:50
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
     (i32.store offset=8 align=1
      (local.get $args_out)
      (local.get $arg.1)
     )
    )
    (block
     (local.set $t:52
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
         (local.get $t:52)
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
          (local.get $t:52)
          (global.get $tetra:low_start)
         )
         (i64.gt_u
          (i64.add
           (local.get $t:52)
           (i64.const 4)
          )
          (global.get $tetra:low_end)
         )
        )
        (then
         (if
          (i64.gt_u
           (i64.add
            (local.get $t:52)
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
           (local.get $t:52)
           (global.get $tetra:scratch_start)
          )
          (then
           (if
            (i64.lt_u
             (local.get $t:52)
             (global.get $tetra:low_start)
            )
            (then
             (global.set $tetra:low_start
              (local.get $t:52)
             )
            )
           )
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:52)
              (i64.const 4)
             )
             (global.get $tetra:low_end)
            )
            (then
             (local.set $t:53
              (i64.add
               (i64.add
                (local.get $t:52)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:52)
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
               (local.get $t:53)
               (i64.gt_u
                (local.get $t:53)
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
              (local.get $t:52)
              (i64.const 4)
             )
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (local.set $t:53
              (i64.add
               (i64.add
                (local.get $t:52)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:52)
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
                (local.get $t:53)
                (i64.gt_u
                 (local.get $t:53)
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
  (local $items i32)
  (local $tier i32)
  (local $country i32)
  (local $dict i32)
  (local $scrut i32)
  (local $discount_pct i64)
  (local $v i64)
  (local $lo i64)
  (local $hi i64)
  (local $discount_pct.1 i64)
  (local $tax_rate f64)
  (local $closure i32)
  (local $xs i32)
  (local $size i64)
  (local $list i32)
  (local $len i32)
  (local $n i32)
  (local $k i32)
  (local $x i32)
  (local $i i32)
  (local $dict.1 i32)
  (local $sku i32)
  (local $cents i64)
  (local $lines i32)
  (local $xs.1 i32)
  (local $sum i64)
  (local $n.1 i32)
  (local $k.1 i32)
  (local $x.1 i32)
  (local $i.1 i32)
  (local $y i64)
  (local $item_count i64)
  (local $xs.2 i32)
  (local $sum.1 i64)
  (local $n.2 i32)
  (local $k.2 i32)
  (local $x.2 i32)
  (local $l i32)
  (local $y.1 i64)
  (local $subtotal_cents i64)
  (local $discount_cents i64)
  (local $tax_cents i64)
  (local $total_cents i64)
  (local $part i64)
  (local $part.1 i32)
  (local $part.2 i32)
  (local $part.3 i64)
  (local $text i32)
  (local $cur i32)
  (local $s i32)
  (local $slen i32)
  (local $s.1 i32)
  (local $slen.1 i32)
  (local $len.1 i32)
  (local $summary i32)
  (local $result i32)
  (local $json_start i32)
  (local $json_end i32)
  (local $result.1 i32)
  (local $t:66 (tuple i32 i64))
  (local $t:67 i64)
  (local $t:68 i64)
  (local $t:69 i64)
  (local $t:70 i64)
  (local $t:71 (tuple i32 i64))
  (local $t:72 (tuple i32 i64))
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
  (local $t:83 i32)
  (local $t:84 i64)
  (local $t:85 i64)
  (local $t:86 i32)
  (local $t:87 i32)
  (local $t:88 i32)
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
  (local $t:107 i32)
  (local $t:108 i64)
  (local $t:109 i32)
  (local $t:110 i64)
  (local $t:111 i64)
  (local $t:112 i64)
  (local $t:113 i64)
  (local $t:114 i64)
  (local $t:115 i64)
  (local $t:116 i32)
  (local $t:117 i64)
  (local $t:118 i32)
  (local $t:119 i64)
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
  (local $t:131 i64)
  (local $t:132 i64)
  (local $t:133 i64)
  (local $t:134 (tuple i32 i64))
  (local $t:135 (tuple i32 i64))
  (local $t:136 i32)
  (local $t:137 i64)
  (local $t:138 i64)
  (local $t:139 i64)
  (local $t:140 i32)
  (local $t:141 i32)
  (local $t:142 i64)
  (local $t:143 i64)
  (local $t:144 i64)
  (local $t:145 i64)
  (local $t:146 i64)
  (local $t:147 i32)
  (local $t:148 i32)
  (local $t:149 i64)
  (local $t:150 i64)
  (local $t:151 i64)
  (local $t:152 i64)
  (local $t:153 i64)
  (local $t:154 (tuple i32 i64))
  (local $t:155 i64)
  (local $t:156 i64)
  (local $t:157 i64)
  (local $t:158 i64)
  (local $t:159 i64)
  (local $t:160 i64)
  (local $t:161 i32)
  (local $t:162 i64)
  (local $t:163 i64)
  (local $t:164 i64)
  (local $t:165 i64)
  (local $t:166 (tuple i32 i64))
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
      (local.set $t:66
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
        (local.get $t:66)
       )
      )
      (tuple.extract 2 0
       (local.get $t:66)
      )
     )
    )
    (local.set $items
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
    (local.set $tier
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
    (local.set $country
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
        (local.set $t:67
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
        (local.set $t:68
         (i64.add
          (local.get $t:67)
          (i64.extend_i32_u
           (i32.const 72)
          )
         )
        )
        (if
         (i64.gt_u
          (local.get $t:68)
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
          (local.get $t:68)
         )
        )
        (if
         (i64.gt_u
          (local.get $t:68)
          (i64.add
           (global.get $tetra:scratch_start)
           (global.get $tetra:high_span)
          )
         )
         (then
          (global.set $tetra:high_span
           (i64.sub
            (local.get $t:68)
            (global.get $tetra:scratch_start)
           )
          )
         )
        )
        (i32.wrap_i64
         (local.get $t:67)
        )
       )
      )
      (local.set $discount_pct.1
       (block $e1 (result i64)
        (local.set $scrut
         (local.get $tier)
        )
        (block $match3 (result i64)
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
            (i64.const 0)
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
            (i64.const 10)
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
           (local.set $discount_pct
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
           (br $match3
            (block $e6 (result i64)
             (local.set $v
              (local.get $discount_pct)
             )
             (local.set $lo
              (i64.const 0)
             )
             (local.set $hi
              (i64.const 50)
             )
             (select
              (local.get $lo)
              (select
               (local.get $hi)
               (local.get $v)
               (i64.gt_s
                (local.get $v)
                (local.get $hi)
               )
              )
              (i64.lt_s
               (local.get $v)
               (local.get $lo)
              )
             )
            )
           )
          )
         )
         (block
          (call $tetra:trap
           (i32.const 5)
           (i32.const 7)
          )
          (unreachable)
         )
        )
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
            (local.get $t:69)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:69)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:69)
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
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:70
                (i64.add
                 (i64.add
                  (local.get $t:69)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:69)
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
                (i64.const 8)
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
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:69)
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
       (i64.store align=1
        (local.get $dict)
        (local.get $discount_pct.1)
       )
      )
      (local.set $tax_rate
       (if (result f64)
        (block (result i32)
         (local.set $t:71
          (call $rt.str_eq
           (local.get $country)
           (i32.const 10880)
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
           (local.get $t:71)
          )
         )
         (tuple.extract 2 0
          (local.get $t:71)
         )
        )
        (then
         (f64.const 0.19)
        )
        (else
         (if (result f64)
          (block (result i32)
           (local.set $t:72
            (call $rt.str_eq
             (local.get $country)
             (i32.const 10888)
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
             (local.get $t:72)
            )
           )
           (tuple.extract 2 0
            (local.get $t:72)
           )
          )
          (then
           (f64.const 0.2)
          )
          (else
           (f64.const 0)
          )
         )
        )
       )
      )
      (block
       (local.set $t:73
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
           (local.get $t:73)
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
            (local.get $t:73)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:73)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:73)
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
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:74
                (i64.add
                 (i64.add
                  (local.get $t:73)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:73)
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
                (i64.const 8)
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
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:73)
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
       (i64.store offset=8 align=1
        (local.get $dict)
        (select
         (i64.const 9221120237041090560)
         (i64.reinterpret_f64
          (local.get $tax_rate)
         )
         (f64.ne
          (local.get $tax_rate)
          (local.get $tax_rate)
         )
        )
       )
      )
      (local.set $closure
       (block (result i32)
        (local.set $t:75
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
        (local.set $t:76
         (i64.add
          (local.get $t:75)
          (i64.extend_i32_u
           (i32.const 8)
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
           (i32.const 10)
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
      (block
       (local.set $t:77
        (i64.extend_i32_u
         (local.get $closure)
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
       (i32.store align=1
        (local.get $closure)
        (i32.const 0)
       )
      )
      (block
       (local.set $t:79
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
       (i32.store offset=4 align=1
        (local.get $closure)
        (i32.const 0)
       )
      )
      (block
       (local.set $t:81
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
           (local.get $t:81)
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
            (local.get $t:81)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:81)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:81)
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
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:82
                (i64.add
                 (i64.add
                  (local.get $t:81)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:81)
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
                (i64.const 4)
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
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:81)
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
       (i32.store offset=16 align=1
        (local.get $dict)
        (local.get $closure)
       )
      )
      (local.set $lines
       (block $e21 (result i32)
        (local.set $xs
         (local.get $items)
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
            (i32.const 11)
           )
           (unreachable)
          )
         )
        )
        (local.set $list
         (block (result i32)
          (local.set $t:83
           (i32.wrap_i64
            (local.get $size)
           )
          )
          (local.set $t:84
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
          (local.set $t:85
           (i64.add
            (local.get $t:84)
            (i64.extend_i32_u
             (local.get $t:83)
            )
           )
          )
          (if
           (i64.gt_u
            (local.get $t:85)
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
            (local.get $t:85)
           )
          )
          (if
           (i64.gt_u
            (local.get $t:85)
            (i64.add
             (global.get $tetra:scratch_start)
             (global.get $tetra:high_span)
            )
           )
           (then
            (global.set $tetra:high_span
             (i64.sub
              (local.get $t:85)
              (global.get $tetra:scratch_start)
             )
            )
           )
          )
          (i32.wrap_i64
           (local.get $t:84)
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
        (block $block23
         (loop $each24
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
           (i32.ge_u
            (local.get $k)
            (local.get $n)
           )
          )
          (local.set $x
           (block (result i32)
            (local.set $t:86
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
                (local.get $t:86)
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
             (local.get $t:86)
            )
           )
          )
          (local.set $i
           (local.get $x)
          )
          (block
           (local.set $t:87
            (i32.add
             (local.get $list)
             (i32.mul
              (local.get $len)
              (i32.const 4)
             )
            )
           )
           (local.set $t:88
            (block $e25 (result i32)
             (local.set $dict.1
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
                  (i32.const 16)
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
                  (i32.const 12)
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
             (local.set $sku
              (block (result i32)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $i)
                  )
                  (i64.const 4)
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
               (i32.load align=1
                (local.get $i)
               )
              )
             )
             (block
              (local.set $t:91
               (i64.extend_i32_u
                (local.get $dict.1)
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
               (local.get $dict.1)
               (local.get $sku)
              )
             )
             (local.set $cents
              (block (result i64)
               (local.set $t:93
                (i64.trunc_sat_f64_s
                 (f64.nearest
                  (f64.mul
                   (block (result f64)
                    (if
                     (i64.gt_u
                      (i64.add
                       (i64.extend_i32_u
                        (local.get $i)
                       )
                       (i64.const 24)
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
                    (f64.load offset=16 align=1
                     (local.get $i)
                    )
                   )
                   (f64.const 100)
                  )
                 )
                )
               )
               (local.set $t:94
                (block (result i64)
                 (if
                  (i64.gt_u
                   (i64.add
                    (i64.extend_i32_u
                     (local.get $i)
                    )
                    (i64.const 16)
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
                 (i64.load offset=8 align=1
                  (local.get $i)
                 )
                )
               )
               (local.set $t:95
                (i64.mul
                 (local.get $t:93)
                 (local.get $t:94)
                )
               )
               (if
                (i32.eqz
                 (i32.and
                  (i64.eq
                   (i64.extend_i32_s
                    (i32.wrap_i64
                     (local.get $t:93)
                    )
                   )
                   (local.get $t:93)
                  )
                  (i64.eq
                   (i64.extend_i32_s
                    (i32.wrap_i64
                     (local.get $t:94)
                    )
                   )
                   (local.get $t:94)
                  )
                 )
                )
                (then
                 (if
                  (i64.eq
                   (local.get $t:93)
                   (i64.const -1)
                  )
                  (then
                   (if
                    (i64.eq
                     (local.get $t:94)
                     (i64.const -9223372036854775808)
                    )
                    (then
                     (call $tetra:trap
                      (i32.const 2)
                      (i32.const 14)
                     )
                     (unreachable)
                    )
                   )
                  )
                  (else
                   (if
                    (i64.ne
                     (local.get $t:93)
                     (i64.const 0)
                    )
                    (then
                     (if
                      (i64.ne
                       (i64.div_s
                        (local.get $t:95)
                        (local.get $t:93)
                       )
                       (local.get $t:94)
                      )
                      (then
                       (call $tetra:trap
                        (i32.const 2)
                        (i32.const 14)
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
               (local.get $t:95)
              )
             )
             (block
              (local.set $t:96
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
               (local.get $dict.1)
               (local.get $cents)
              )
             )
             (local.get $dict.1)
            )
           )
           (local.set $t:98
            (i64.add
             (i64.extend_i32_u
              (local.get $t:87)
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
            (local.get $t:87)
            (local.get $t:88)
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
          (br $each24)
         )
        )
        (block
         (local.set $t:100
          (i64.extend_i32_u
           (local.get $list)
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
          (local.get $list)
          (local.get $len)
         )
        )
        (local.get $list)
       )
      )
      (block
       (local.set $t:102
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
       (i32.store offset=20 align=1
        (local.get $dict)
        (local.get $lines)
       )
      )
      (local.set $item_count
       (block $e36 (result i64)
        (local.set $xs.1
         (local.get $items)
        )
        (local.set $sum
         (i64.const 0)
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
         (local.set $t:104
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
         (local.set $t:105
          (i64.sub
           (i64.extend_i32_u
            (local.get $n.1)
           )
           (i64.const 1)
          )
         )
         (local.set $t:106
          (i64.add
           (i64.add
            (i64.extend_i32_u
             (local.get $xs.1)
            )
            (i64.mul
             (local.get $t:105)
             (i64.const 4)
            )
           )
           (i64.const 8)
          )
         )
         (if
          (i32.and
           (i64.lt_u
            (local.get $t:104)
            (local.get $t:fuel)
           )
           (i32.or
            (i64.eqz
             (local.get $t:104)
            )
            (i64.le_u
             (local.get $t:106)
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
               (local.get $t:104)
               (i64.const 1)
              )
              (i64.const 1)
             )
            )
           )
           (block $block38:fast
            (loop $each39:fast
             (br_if $block38:fast
              (i32.ge_u
               (local.get $k.1)
               (local.get $n.1)
              )
             )
             (local.set $x.1
              (block (result i32)
               (local.set $t:107
                (i32.add
                 (local.get $xs.1)
                 (i32.mul
                  (local.get $k.1)
                  (i32.const 4)
                 )
                )
               )
               (i32.load offset=4 align=1
                (local.get $t:107)
               )
              )
             )
             (local.set $i.1
              (local.get $x.1)
             )
             (local.set $y
              (block (result i64)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $i.1)
                  )
                  (i64.const 16)
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
               (i64.load offset=8 align=1
                (local.get $i.1)
               )
              )
             )
             (local.set $sum
              (block (result i64)
               (local.set $t:108
                (i64.add
                 (local.get $sum)
                 (local.get $y)
                )
               )
               (if
                (i64.lt_s
                 (i64.and
                  (i64.xor
                   (local.get $sum)
                   (local.get $t:108)
                  )
                  (i64.xor
                   (local.get $y)
                   (local.get $t:108)
                  )
                 )
                 (i64.const 0)
                )
                (then
                 (call $tetra:trap
                  (i32.const 2)
                  (i32.const 19)
                 )
                 (unreachable)
                )
               )
               (local.get $t:108)
              )
             )
             (local.set $k.1
              (i32.add
               (local.get $k.1)
               (i32.const 1)
              )
             )
             (br $each39:fast)
            )
           )
          )
          (else
           (block $block38
            (loop $each39
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
             (br_if $block38
              (i32.ge_u
               (local.get $k.1)
               (local.get $n.1)
              )
             )
             (local.set $x.1
              (block (result i32)
               (local.set $t:109
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
                   (local.get $t:109)
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
                (local.get $t:109)
               )
              )
             )
             (local.set $i.1
              (local.get $x.1)
             )
             (local.set $y
              (block (result i64)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $i.1)
                  )
                  (i64.const 16)
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
               (i64.load offset=8 align=1
                (local.get $i.1)
               )
              )
             )
             (local.set $sum
              (block (result i64)
               (local.set $t:110
                (i64.add
                 (local.get $sum)
                 (local.get $y)
                )
               )
               (if
                (i64.lt_s
                 (i64.and
                  (i64.xor
                   (local.get $sum)
                   (local.get $t:110)
                  )
                  (i64.xor
                   (local.get $y)
                   (local.get $t:110)
                  )
                 )
                 (i64.const 0)
                )
                (then
                 (call $tetra:trap
                  (i32.const 2)
                  (i32.const 19)
                 )
                 (unreachable)
                )
               )
               (local.get $t:110)
              )
             )
             (local.set $k.1
              (i32.add
               (local.get $k.1)
               (i32.const 1)
              )
             )
             (br $each39)
            )
           )
          )
         )
        )
        (local.get $sum)
       )
      )
      (block
       (local.set $t:111
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
       (i64.store offset=24 align=1
        (local.get $dict)
        (local.get $item_count)
       )
      )
      (local.set $subtotal_cents
       (block $e42 (result i64)
        (local.set $xs.2
         (local.get $lines)
        )
        (local.set $sum.1
         (i64.const 0)
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
        (block
         (local.set $t:113
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
         (local.set $t:114
          (i64.sub
           (i64.extend_i32_u
            (local.get $n.2)
           )
           (i64.const 1)
          )
         )
         (local.set $t:115
          (i64.add
           (i64.add
            (i64.extend_i32_u
             (local.get $xs.2)
            )
            (i64.mul
             (local.get $t:114)
             (i64.const 4)
            )
           )
           (i64.const 8)
          )
         )
         (if
          (i32.and
           (i64.lt_u
            (local.get $t:113)
            (local.get $t:fuel)
           )
           (i32.or
            (i64.eqz
             (local.get $t:113)
            )
            (i64.le_u
             (local.get $t:115)
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
               (local.get $t:113)
               (i64.const 1)
              )
              (i64.const 1)
             )
            )
           )
           (block $block44:fast
            (loop $each45:fast
             (br_if $block44:fast
              (i32.ge_u
               (local.get $k.2)
               (local.get $n.2)
              )
             )
             (local.set $x.2
              (block (result i32)
               (local.set $t:116
                (i32.add
                 (local.get $xs.2)
                 (i32.mul
                  (local.get $k.2)
                  (i32.const 4)
                 )
                )
               )
               (i32.load offset=4 align=1
                (local.get $t:116)
               )
              )
             )
             (local.set $l
              (local.get $x.2)
             )
             (local.set $y.1
              (block (result i64)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $l)
                  )
                  (i64.const 16)
                 )
                 (global.get $tetra:arena)
                )
                (then
                 (call $tetra:trap
                  (i32.const 17)
                  (i32.const 24)
                 )
                 (unreachable)
                )
               )
               (i64.load offset=8 align=1
                (local.get $l)
               )
              )
             )
             (local.set $sum.1
              (block (result i64)
               (local.set $t:117
                (i64.add
                 (local.get $sum.1)
                 (local.get $y.1)
                )
               )
               (if
                (i64.lt_s
                 (i64.and
                  (i64.xor
                   (local.get $sum.1)
                   (local.get $t:117)
                  )
                  (i64.xor
                   (local.get $y.1)
                   (local.get $t:117)
                  )
                 )
                 (i64.const 0)
                )
                (then
                 (call $tetra:trap
                  (i32.const 2)
                  (i32.const 22)
                 )
                 (unreachable)
                )
               )
               (local.get $t:117)
              )
             )
             (local.set $k.2
              (i32.add
               (local.get $k.2)
               (i32.const 1)
              )
             )
             (br $each45:fast)
            )
           )
          )
          (else
           (block $block44
            (loop $each45
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
             (br_if $block44
              (i32.ge_u
               (local.get $k.2)
               (local.get $n.2)
              )
             )
             (local.set $x.2
              (block (result i32)
               (local.set $t:118
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
                   (local.get $t:118)
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
                (local.get $t:118)
               )
              )
             )
             (local.set $l
              (local.get $x.2)
             )
             (local.set $y.1
              (block (result i64)
               (if
                (i64.gt_u
                 (i64.add
                  (i64.extend_i32_u
                   (local.get $l)
                  )
                  (i64.const 16)
                 )
                 (global.get $tetra:arena)
                )
                (then
                 (call $tetra:trap
                  (i32.const 17)
                  (i32.const 24)
                 )
                 (unreachable)
                )
               )
               (i64.load offset=8 align=1
                (local.get $l)
               )
              )
             )
             (local.set $sum.1
              (block (result i64)
               (local.set $t:119
                (i64.add
                 (local.get $sum.1)
                 (local.get $y.1)
                )
               )
               (if
                (i64.lt_s
                 (i64.and
                  (i64.xor
                   (local.get $sum.1)
                   (local.get $t:119)
                  )
                  (i64.xor
                   (local.get $y.1)
                   (local.get $t:119)
                  )
                 )
                 (i64.const 0)
                )
                (then
                 (call $tetra:trap
                  (i32.const 2)
                  (i32.const 22)
                 )
                 (unreachable)
                )
               )
               (local.get $t:119)
              )
             )
             (local.set $k.2
              (i32.add
               (local.get $k.2)
               (i32.const 1)
              )
             )
             (br $each45)
            )
           )
          )
         )
        )
        (local.get $sum.1)
       )
      )
      (block
       (local.set $t:120
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
       (i64.store offset=32 align=1
        (local.get $dict)
        (local.get $subtotal_cents)
       )
      )
      (local.set $discount_cents
       (block (result i64)
        (local.set $t:122
         (block (result i64)
          (local.set $t:123
           (i64.mul
            (local.get $subtotal_cents)
            (local.get $discount_pct.1)
           )
          )
          (if
           (i32.eqz
            (i32.and
             (i64.eq
              (i64.extend_i32_s
               (i32.wrap_i64
                (local.get $subtotal_cents)
               )
              )
              (local.get $subtotal_cents)
             )
             (i64.eq
              (i64.extend_i32_s
               (i32.wrap_i64
                (local.get $discount_pct.1)
               )
              )
              (local.get $discount_pct.1)
             )
            )
           )
           (then
            (if
             (i64.eq
              (local.get $subtotal_cents)
              (i64.const -1)
             )
             (then
              (if
               (i64.eq
                (local.get $discount_pct.1)
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
                (local.get $subtotal_cents)
                (i64.const 0)
               )
               (then
                (if
                 (i64.ne
                  (i64.div_s
                   (local.get $t:123)
                   (local.get $subtotal_cents)
                  )
                  (local.get $discount_pct.1)
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
          (local.get $t:123)
         )
        )
        (if
         (i64.eqz
          (i64.const 100)
         )
         (then
          (call $tetra:trap
           (i32.const 1)
           (i32.const 25)
          )
          (unreachable)
         )
        )
        (if
         (i32.and
          (i64.eq
           (local.get $t:122)
           (i64.const -9223372036854775808)
          )
          (i64.eq
           (i64.const 100)
           (i64.const -1)
          )
         )
         (then
          (call $tetra:trap
           (i32.const 2)
           (i32.const 25)
          )
          (unreachable)
         )
        )
        (i64.div_s
         (local.get $t:122)
         (i64.const 100)
        )
       )
      )
      (block
       (local.set $t:124
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
           (local.get $t:124)
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
            (local.get $t:124)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:124)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:124)
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
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:125
                (i64.add
                 (i64.add
                  (local.get $t:124)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:124)
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
                (i64.const 8)
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
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:124)
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
       (i64.store offset=40 align=1
        (local.get $dict)
        (local.get $discount_cents)
       )
      )
      (local.set $tax_cents
       (i64.trunc_sat_f64_s
        (f64.nearest
         (f64.mul
          (f64.convert_i64_s
           (block (result i64)
            (local.set $t:126
             (i64.sub
              (local.get $subtotal_cents)
              (local.get $discount_cents)
             )
            )
            (if
             (i64.lt_s
              (i64.and
               (i64.xor
                (local.get $subtotal_cents)
                (local.get $discount_cents)
               )
               (i64.xor
                (local.get $subtotal_cents)
                (local.get $t:126)
               )
              )
              (i64.const 0)
             )
             (then
              (call $tetra:trap
               (i32.const 2)
               (i32.const 29)
              )
              (unreachable)
             )
            )
            (local.get $t:126)
           )
          )
          (local.get $tax_rate)
         )
        )
       )
      )
      (block
       (local.set $t:127
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
       (i64.store offset=48 align=1
        (local.get $dict)
        (local.get $tax_cents)
       )
      )
      (local.set $total_cents
       (block (result i64)
        (local.set $t:129
         (block (result i64)
          (local.set $t:130
           (i64.sub
            (local.get $subtotal_cents)
            (local.get $discount_cents)
           )
          )
          (if
           (i64.lt_s
            (i64.and
             (i64.xor
              (local.get $subtotal_cents)
              (local.get $discount_cents)
             )
             (i64.xor
              (local.get $subtotal_cents)
              (local.get $t:130)
             )
            )
            (i64.const 0)
           )
           (then
            (call $tetra:trap
             (i32.const 2)
             (i32.const 31)
            )
            (unreachable)
           )
          )
          (local.get $t:130)
         )
        )
        (local.set $t:131
         (i64.add
          (local.get $t:129)
          (local.get $tax_cents)
         )
        )
        (if
         (i64.lt_s
          (i64.and
           (i64.xor
            (local.get $t:129)
            (local.get $t:131)
           )
           (i64.xor
            (local.get $tax_cents)
            (local.get $t:131)
           )
          )
          (i64.const 0)
         )
         (then
          (call $tetra:trap
           (i32.const 2)
           (i32.const 30)
          )
          (unreachable)
         )
        )
        (local.get $t:131)
       )
      )
      (block
       (local.set $t:132
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
           (local.get $t:132)
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
            (local.get $t:132)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:132)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:132)
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
             (local.get $t:132)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:132)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:132)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:132)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:133
                (i64.add
                 (i64.add
                  (local.get $t:132)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:132)
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
                 (local.get $t:133)
                 (i64.gt_u
                  (local.get $t:133)
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
                (local.get $t:132)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:133
                (i64.add
                 (i64.add
                  (local.get $t:132)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:132)
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
                  (local.get $t:133)
                  (i64.gt_u
                   (local.get $t:133)
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
       (i64.store offset=56 align=1
        (local.get $dict)
        (local.get $total_cents)
       )
      )
      (local.set $summary
       (block $e65 (result i32)
        (local.set $part
         (local.get $item_count)
        )
        (local.set $part.1
         (local.get $country)
        )
        (local.set $part.2
         (block (result i32)
          (local.set $t:134
           (call $fn.money
            (i32.const 0)
            (local.get $total_cents)
            (block (result i32)
             (if
              (i32.ge_u
               (local.get $t:depth)
               (i32.const 1000)
              )
              (then
               (call $tetra:trap
                (i32.const 15)
                (i32.const 32)
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
            (local.get $t:134)
           )
          )
          (tuple.extract 2 0
           (local.get $t:134)
          )
         )
        )
        (local.set $part.3
         (local.get $discount_pct.1)
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
        (if
         (i32.gt_u
          (i32.add
           (local.get $cur)
           (i32.const 20)
          )
          (global.get $tetra:scratch_end)
         )
         (then
          (block
           (call $tetra:trap
            (i32.const 15)
            (i32.const 33)
           )
           (unreachable)
          )
         )
        )
        (local.set $cur
         (i32.add
          (local.get $cur)
          (block (result i32)
           (local.set $t:135
            (call $rt.int_write
             (local.get $part)
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
                 (i32.const 33)
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
             (local.get $t:135)
            )
           )
           (tuple.extract 2 0
            (local.get $t:135)
           )
          )
         )
        )
        (local.set $s
         (local.get $part.1)
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
            (i32.const 10)
            (local.get $slen)
           )
          )
          (global.get $tetra:scratch_end)
         )
         (then
          (block
           (call $tetra:trap
            (i32.const 15)
            (i32.const 33)
           )
           (unreachable)
          )
         )
        )
        (block
         (local.set $t:136
          (i32.add
           (local.get $cur)
           (i32.const 0)
          )
         )
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (i32.const 11100)
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
            (i32.const 33)
           )
           (unreachable)
          )
         )
         (local.set $t:137
          (i64.extend_i32_u
           (local.get $t:136)
          )
         )
         (local.set $t:138
          (i64.add
           (local.get $t:137)
           (i64.extend_i32_u
            (i32.const 10)
           )
          )
         )
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:137)
            (global.get $tetra:scratch_start)
           )
           (i64.gt_u
            (i64.sub
             (local.get $t:138)
             (global.get $tetra:scratch_start)
            )
            (global.get $tetra:high_span)
           )
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:137)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (local.get $t:138)
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (local.get $t:138)
               (global.get $tetra:arena)
              )
              (then
               (call $tetra:trap
                (i32.const 17)
                (i32.const 33)
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
                 (local.get $t:138)
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:139
                  (i64.add
                   (local.get $t:138)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:138)
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
                   (local.get $t:139)
                   (i64.gt_u
                    (local.get $t:139)
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
                 (local.get $t:138)
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:139
                  (i64.add
                   (local.get $t:138)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:138)
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
                    (local.get $t:139)
                    (i64.gt_u
                     (local.get $t:139)
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
          (local.get $t:136)
          (i32.const 11100)
          (i32.const 10)
         )
        )
        (local.set $cur
         (i32.add
          (local.get $cur)
          (i32.const 10)
         )
        )
        (block
         (local.set $t:140
          (local.get $cur)
         )
         (local.set $t:141
          (i32.add
           (local.get $s)
           (i32.const 4)
          )
         )
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $t:141)
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
            (i32.const 33)
           )
           (unreachable)
          )
         )
         (local.set $t:142
          (i64.extend_i32_u
           (local.get $t:140)
          )
         )
         (local.set $t:143
          (i64.add
           (local.get $t:142)
           (i64.extend_i32_u
            (local.get $slen)
           )
          )
         )
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:142)
            (global.get $tetra:scratch_start)
           )
           (i64.gt_u
            (i64.sub
             (local.get $t:143)
             (global.get $tetra:scratch_start)
            )
            (global.get $tetra:high_span)
           )
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:142)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (local.get $t:143)
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (local.get $t:143)
               (global.get $tetra:arena)
              )
              (then
               (call $tetra:trap
                (i32.const 17)
                (i32.const 33)
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
                 (local.get $t:143)
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:144
                  (i64.add
                   (local.get $t:143)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:143)
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
                 (local.get $t:143)
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:144
                  (i64.add
                   (local.get $t:143)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:143)
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
         (memory.copy
          (local.get $t:140)
          (local.get $t:141)
          (local.get $slen)
         )
        )
        (local.set $cur
         (i32.add
          (local.get $cur)
          (local.get $slen)
         )
        )
        (local.set $s.1
         (local.get $part.2)
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
           (local.get $cur)
           (i32.add
            (i32.const 2)
            (local.get $slen.1)
           )
          )
          (global.get $tetra:scratch_end)
         )
         (then
          (block
           (call $tetra:trap
            (i32.const 15)
            (i32.const 33)
           )
           (unreachable)
          )
         )
        )
        (block
         (local.set $t:145
          (i64.extend_i32_u
           (local.get $cur)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:145)
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
              (local.get $t:145)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:145)
               (i64.const 2)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:145)
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
               (local.get $t:145)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:145)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:145)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:145)
                  (i64.const 2)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:146
                  (i64.add
                   (i64.add
                    (local.get $t:145)
                    (i64.const 2)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:145)
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
                   (local.get $t:146)
                   (i64.gt_u
                    (local.get $t:146)
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
                  (local.get $t:145)
                  (i64.const 2)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:146
                  (i64.add
                   (i64.add
                    (local.get $t:145)
                    (i64.const 2)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:145)
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
                    (local.get $t:146)
                    (i64.gt_u
                     (local.get $t:146)
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
         (i32.store16 align=1
          (local.get $cur)
          (i32.const 8250)
         )
        )
        (local.set $cur
         (i32.add
          (local.get $cur)
          (i32.const 2)
         )
        )
        (block
         (local.set $t:147
          (local.get $cur)
         )
         (local.set $t:148
          (i32.add
           (local.get $s.1)
           (i32.const 4)
          )
         )
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $t:148)
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
            (i32.const 33)
           )
           (unreachable)
          )
         )
         (local.set $t:149
          (i64.extend_i32_u
           (local.get $t:147)
          )
         )
         (local.set $t:150
          (i64.add
           (local.get $t:149)
           (i64.extend_i32_u
            (local.get $slen.1)
           )
          )
         )
         (if
          (i32.or
           (i64.lt_u
            (local.get $t:149)
            (global.get $tetra:scratch_start)
           )
           (i64.gt_u
            (i64.sub
             (local.get $t:150)
             (global.get $tetra:scratch_start)
            )
            (global.get $tetra:high_span)
           )
          )
          (then
           (if
            (i32.or
             (i64.lt_u
              (local.get $t:149)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (local.get $t:150)
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (local.get $t:150)
               (global.get $tetra:arena)
              )
              (then
               (call $tetra:trap
                (i32.const 17)
                (i32.const 33)
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
                 (local.get $t:150)
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:151
                  (i64.add
                   (local.get $t:150)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:150)
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
                 (local.get $t:150)
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:151
                  (i64.add
                   (local.get $t:150)
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (local.get $t:150)
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
         (memory.copy
          (local.get $t:147)
          (local.get $t:148)
          (local.get $slen.1)
         )
        )
        (local.set $cur
         (i32.add
          (local.get $cur)
          (local.get $slen.1)
         )
        )
        (if
         (i32.gt_u
          (i32.add
           (local.get $cur)
           (i32.const 22)
          )
          (global.get $tetra:scratch_end)
         )
         (then
          (block
           (call $tetra:trap
            (i32.const 15)
            (i32.const 33)
           )
           (unreachable)
          )
         )
        )
        (block
         (local.set $t:152
          (i64.extend_i32_u
           (local.get $cur)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:152)
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
              (local.get $t:152)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:152)
               (i64.const 2)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:152)
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
                  (i64.const 2)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:153
                  (i64.add
                   (i64.add
                    (local.get $t:152)
                    (i64.const 2)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:152)
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
                  (i64.const 2)
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
                    (i64.const 2)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:152)
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
         (i32.store16 align=1
          (local.get $cur)
          (i32.const 10272)
         )
        )
        (local.set $cur
         (i32.add
          (local.get $cur)
          (i32.const 2)
         )
        )
        (local.set $cur
         (i32.add
          (local.get $cur)
          (block (result i32)
           (local.set $t:154
            (call $rt.int_write
             (local.get $part.3)
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
                 (i32.const 33)
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
             (local.get $t:154)
            )
           )
           (tuple.extract 2 0
            (local.get $t:154)
           )
          )
         )
        )
        (if
         (i32.gt_u
          (i32.add
           (local.get $cur)
           (i32.const 6)
          )
          (global.get $tetra:scratch_end)
         )
         (then
          (block
           (call $tetra:trap
            (i32.const 15)
            (i32.const 33)
           )
           (unreachable)
          )
         )
        )
        (block
         (local.set $t:155
          (i64.extend_i32_u
           (local.get $cur)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:155)
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
              (local.get $t:155)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:155)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:155)
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
               (local.get $t:155)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:155)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:155)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:155)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:156
                  (i64.add
                   (i64.add
                    (local.get $t:155)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:155)
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
                 (i64.add
                  (local.get $t:155)
                  (i64.const 4)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:156
                  (i64.add
                   (i64.add
                    (local.get $t:155)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:155)
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
         (i32.store align=1
          (local.get $cur)
          (i32.const 1718558757)
         )
        )
        (block
         (local.set $t:157
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
             (local.get $t:157)
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
              (local.get $t:157)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:157)
               (i64.const 2)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:157)
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
               (local.get $t:157)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:157)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:157)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:157)
                  (i64.const 2)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:158
                  (i64.add
                   (i64.add
                    (local.get $t:157)
                    (i64.const 2)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:157)
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
                   (local.get $t:158)
                   (i64.gt_u
                    (local.get $t:158)
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
                  (local.get $t:157)
                  (i64.const 2)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:158
                  (i64.add
                   (i64.add
                    (local.get $t:157)
                    (i64.const 2)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:157)
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
                    (local.get $t:158)
                    (i64.gt_u
                     (local.get $t:158)
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
          (i32.const 10598)
         )
        )
        (local.set $cur
         (i32.add
          (local.get $cur)
          (i32.const 6)
         )
        )
        (local.set $len.1
         (i32.sub
          (i32.sub
           (local.get $cur)
           (local.get $text)
          )
          (i32.const 4)
         )
        )
        (block
         (local.set $t:159
          (i64.extend_i32_u
           (local.get $text)
          )
         )
         (if
          (i64.gt_u
           (i64.sub
            (i64.add
             (local.get $t:159)
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
              (local.get $t:159)
              (global.get $tetra:low_start)
             )
             (i64.gt_u
              (i64.add
               (local.get $t:159)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
            )
            (then
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:159)
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
               (local.get $t:159)
               (global.get $tetra:scratch_start)
              )
              (then
               (if
                (i64.lt_u
                 (local.get $t:159)
                 (global.get $tetra:low_start)
                )
                (then
                 (global.set $tetra:low_start
                  (local.get $t:159)
                 )
                )
               )
               (if
                (i64.gt_u
                 (i64.add
                  (local.get $t:159)
                  (i64.const 4)
                 )
                 (global.get $tetra:low_end)
                )
                (then
                 (local.set $t:160
                  (i64.add
                   (i64.add
                    (local.get $t:159)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:159)
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
                   (local.get $t:160)
                   (i64.gt_u
                    (local.get $t:160)
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
                  (local.get $t:159)
                  (i64.const 4)
                 )
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (local.set $t:160
                  (i64.add
                   (i64.add
                    (local.get $t:159)
                    (i64.const 4)
                   )
                   (i64.add
                    (i64.const 64)
                    (i64.shr_u
                     (i64.sub
                      (i64.add
                       (local.get $t:159)
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
                    (local.get $t:160)
                    (i64.gt_u
                     (local.get $t:160)
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
          (local.get $len.1)
         )
        )
        (block (result i32)
         (local.set $t:161
          (i32.add
           (local.get $len.1)
           (i32.const 4)
          )
         )
         (local.set $t:162
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
         (local.set $t:163
          (i64.add
           (local.get $t:162)
           (i64.extend_i32_u
            (local.get $t:161)
           )
          )
         )
         (if
          (i64.gt_u
           (local.get $t:163)
           (i64.extend_i32_u
            (global.get $tetra:scratch_end)
           )
          )
          (then
           (call $tetra:trap
            (i32.const 15)
            (i32.const 33)
           )
           (unreachable)
          )
         )
         (global.set $tetra:scratch_ptr
          (i32.wrap_i64
           (local.get $t:163)
          )
         )
         (if
          (i64.gt_u
           (local.get $t:163)
           (i64.add
            (global.get $tetra:scratch_start)
            (global.get $tetra:high_span)
           )
          )
          (then
           (global.set $tetra:high_span
            (i64.sub
             (local.get $t:163)
             (global.get $tetra:scratch_start)
            )
           )
          )
         )
         (i32.wrap_i64
          (local.get $t:162)
         )
        )
       )
      )
      (block
       (local.set $t:164
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
       (i32.store offset=64 align=1
        (local.get $dict)
        (local.get $summary)
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
      (local.set $t:166
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
        (local.get $t:166)
       )
      )
      (tuple.extract 2 0
       (local.get $t:166)
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

 (func $pred.LineItem.qty (param $env i32) (param $q i64) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
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
    (i64.gt_s
     (local.get $q)
     (i64.const 0)
    )
   )
   (local.get $t:fuel)
  )
 )

 (func $pred.LineItem.unit_price (param $env i32) (param $p f64) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
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
    (f64.ge
     (local.get $p)
     (f64.const 0)
    )
   )
   (local.get $t:fuel)
  )
 )

 (func $fn.money (param $env i32) (param $cents i64) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $part i64)
  (local $part.1 i32)
  (local $part.2 i64)
  (local $text i32)
  (local $cur i32)
  (local $s i32)
  (local $slen i32)
  (local $len i32)
  (local $t:12 (tuple i32 i64))
  (local $t:13 i64)
  (local $t:14 i64)
  (local $t:15 i32)
  (local $t:16 i32)
  (local $t:17 i64)
  (local $t:18 i64)
  (local $t:19 i64)
  (local $t:20 (tuple i32 i64))
  (local $t:21 i64)
  (local $t:22 i64)
  (local $t:23 i32)
  (local $t:24 i64)
  (local $t:25 i64)
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
     (local.set $part
      (block (result i64)
       (if
        (i64.eqz
         (i64.const 100)
        )
        (then
         (call $tetra:trap
          (i32.const 1)
          (i32.const 36)
         )
         (unreachable)
        )
       )
       (if
        (i32.and
         (i64.eq
          (local.get $cents)
          (i64.const -9223372036854775808)
         )
         (i64.eq
          (i64.const 100)
          (i64.const -1)
         )
        )
        (then
         (call $tetra:trap
          (i32.const 2)
          (i32.const 36)
         )
         (unreachable)
        )
       )
       (i64.div_s
        (local.get $cents)
        (i64.const 100)
       )
      )
     )
     (local.set $part.1
      (if (result i32)
       (i64.lt_s
        (block (result i64)
         (if
          (i64.eqz
           (i64.const 100)
          )
          (then
           (call $tetra:trap
            (i32.const 1)
            (i32.const 38)
           )
           (unreachable)
          )
         )
         (if
          (i32.and
           (i64.eq
            (local.get $cents)
            (i64.const -9223372036854775808)
           )
           (i64.eq
            (i64.const 100)
            (i64.const -1)
           )
          )
          (then
           (call $tetra:trap
            (i32.const 2)
            (i32.const 38)
           )
           (unreachable)
          )
         )
         (i64.rem_s
          (local.get $cents)
          (i64.const 100)
         )
        )
        (i64.const 10)
       )
       (then
        (i32.const 11536)
       )
       (else
        (i32.const 11544)
       )
      )
     )
     (local.set $part.2
      (block (result i64)
       (if
        (i64.eqz
         (i64.const 100)
        )
        (then
         (call $tetra:trap
          (i32.const 1)
          (i32.const 39)
         )
         (unreachable)
        )
       )
       (if
        (i32.and
         (i64.eq
          (local.get $cents)
          (i64.const -9223372036854775808)
         )
         (i64.eq
          (i64.const 100)
          (i64.const -1)
         )
        )
        (then
         (call $tetra:trap
          (i32.const 2)
          (i32.const 39)
         )
         (unreachable)
        )
       )
       (i64.rem_s
        (local.get $cents)
        (i64.const 100)
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
     (if
      (i32.gt_u
       (i32.add
        (local.get $cur)
        (i32.const 20)
       )
       (global.get $tetra:scratch_end)
      )
      (then
       (block
        (call $tetra:trap
         (i32.const 15)
         (i32.const 40)
        )
        (unreachable)
       )
      )
     )
     (local.set $cur
      (i32.add
       (local.get $cur)
       (block (result i32)
        (local.set $t:12
         (call $rt.int_write
          (local.get $part)
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
              (i32.const 40)
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
          (local.get $t:12)
         )
        )
        (tuple.extract 2 0
         (local.get $t:12)
        )
       )
      )
     )
     (local.set $s
      (local.get $part.1)
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
         (i32.const 1)
         (local.get $slen)
        )
       )
       (global.get $tetra:scratch_end)
      )
      (then
       (block
        (call $tetra:trap
         (i32.const 15)
         (i32.const 40)
        )
        (unreachable)
       )
      )
     )
     (block
      (local.set $t:13
       (i64.extend_i32_u
        (local.get $cur)
       )
      )
      (if
       (i64.gt_u
        (i64.sub
         (i64.add
          (local.get $t:13)
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
           (local.get $t:13)
           (global.get $tetra:low_start)
          )
          (i64.gt_u
           (i64.add
            (local.get $t:13)
            (i64.const 1)
           )
           (global.get $tetra:low_end)
          )
         )
         (then
          (if
           (i64.gt_u
            (i64.add
             (local.get $t:13)
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
            (local.get $t:13)
            (global.get $tetra:scratch_start)
           )
           (then
            (if
             (i64.lt_u
              (local.get $t:13)
              (global.get $tetra:low_start)
             )
             (then
              (global.set $tetra:low_start
               (local.get $t:13)
              )
             )
            )
            (if
             (i64.gt_u
              (i64.add
               (local.get $t:13)
               (i64.const 1)
              )
              (global.get $tetra:low_end)
             )
             (then
              (local.set $t:14
               (i64.add
                (i64.add
                 (local.get $t:13)
                 (i64.const 1)
                )
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (i64.add
                    (local.get $t:13)
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
                (local.get $t:14)
                (i64.gt_u
                 (local.get $t:14)
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
               (local.get $t:13)
               (i64.const 1)
              )
              (i64.add
               (global.get $tetra:scratch_start)
               (global.get $tetra:high_span)
              )
             )
             (then
              (local.set $t:14
               (i64.add
                (i64.add
                 (local.get $t:13)
                 (i64.const 1)
                )
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (i64.add
                    (local.get $t:13)
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
                 (local.get $t:14)
                 (i64.gt_u
                  (local.get $t:14)
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
       (i32.const 46)
      )
     )
     (local.set $cur
      (i32.add
       (local.get $cur)
       (i32.const 1)
      )
     )
     (block
      (local.set $t:15
       (local.get $cur)
      )
      (local.set $t:16
       (i32.add
        (local.get $s)
        (i32.const 4)
       )
      )
      (if
       (i64.gt_u
        (i64.add
         (i64.extend_i32_u
          (local.get $t:16)
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
         (i32.const 40)
        )
        (unreachable)
       )
      )
      (local.set $t:17
       (i64.extend_i32_u
        (local.get $t:15)
       )
      )
      (local.set $t:18
       (i64.add
        (local.get $t:17)
        (i64.extend_i32_u
         (local.get $slen)
        )
       )
      )
      (if
       (i32.or
        (i64.lt_u
         (local.get $t:17)
         (global.get $tetra:scratch_start)
        )
        (i64.gt_u
         (i64.sub
          (local.get $t:18)
          (global.get $tetra:scratch_start)
         )
         (global.get $tetra:high_span)
        )
       )
       (then
        (if
         (i32.or
          (i64.lt_u
           (local.get $t:17)
           (global.get $tetra:low_start)
          )
          (i64.gt_u
           (local.get $t:18)
           (global.get $tetra:low_end)
          )
         )
         (then
          (if
           (i64.gt_u
            (local.get $t:18)
            (global.get $tetra:arena)
           )
           (then
            (call $tetra:trap
             (i32.const 17)
             (i32.const 40)
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
              (local.get $t:18)
              (global.get $tetra:low_end)
             )
             (then
              (local.set $t:19
               (i64.add
                (local.get $t:18)
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (local.get $t:18)
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
                (local.get $t:19)
                (i64.gt_u
                 (local.get $t:19)
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
              (local.get $t:18)
              (i64.add
               (global.get $tetra:scratch_start)
               (global.get $tetra:high_span)
              )
             )
             (then
              (local.set $t:19
               (i64.add
                (local.get $t:18)
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (local.get $t:18)
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
                 (local.get $t:19)
                 (i64.gt_u
                  (local.get $t:19)
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
       (local.get $t:15)
       (local.get $t:16)
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
        (i32.const 20)
       )
       (global.get $tetra:scratch_end)
      )
      (then
       (block
        (call $tetra:trap
         (i32.const 15)
         (i32.const 40)
        )
        (unreachable)
       )
      )
     )
     (local.set $cur
      (i32.add
       (local.get $cur)
       (block (result i32)
        (local.set $t:20
         (call $rt.int_write
          (local.get $part.2)
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
              (i32.const 40)
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
      (local.set $t:21
       (i64.extend_i32_u
        (local.get $text)
       )
      )
      (if
       (i64.gt_u
        (i64.sub
         (i64.add
          (local.get $t:21)
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
           (local.get $t:21)
           (global.get $tetra:low_start)
          )
          (i64.gt_u
           (i64.add
            (local.get $t:21)
            (i64.const 4)
           )
           (global.get $tetra:low_end)
          )
         )
         (then
          (if
           (i64.gt_u
            (i64.add
             (local.get $t:21)
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
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
             (then
              (local.set $t:22
               (i64.add
                (i64.add
                 (local.get $t:21)
                 (i64.const 4)
                )
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (i64.add
                    (local.get $t:21)
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
               (i64.const 4)
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
                 (i64.const 4)
                )
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (i64.add
                    (local.get $t:21)
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
      (i32.store align=1
       (local.get $text)
       (local.get $len)
      )
     )
     (block (result i32)
      (local.set $t:23
       (i32.add
        (local.get $len)
        (i32.const 4)
       )
      )
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
         (local.get $t:23)
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
         (i32.const 40)
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
   )
   (local.get $t:fuel)
  )
 )
