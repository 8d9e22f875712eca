;; From libs/driver/testdata/emit-golden/schema-expect.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
;; `tetra emit wat libs/driver/testdata/emit-golden/schema-expect.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
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
;;   $codec.dec.string.2
;;   $codec.dec.int.3
;;   $codec.skip
;;   $codec.dec.option.4
;;   $codec.dec.fields.6
;;   $codec.dec.record.5
;;   $codec.dec.fields.1
;;   $codec.dec.record.0
;;   $validate.Address
;;   $validate.Customer
;;   $main.args
;;   $conv.Address
;;   $rt.mem_eq
;;   $rt.str_eq
;;   $codec.write_str
;;   $codec.enc.string.3
;;   $codec.enc.record.2
;;   $rt.u64_digits
;;   $rt.u64_write_back
;;   $rt.int_write
;;   $codec.write_int
;;   $codec.enc.int.4
;;   $codec.enc.option.5
;;   $codec.enc.record.1
;;   $codec.enc.bool.6
;;   $codec.enc.record.0
;;   $main
;;   $pred.Customer.name
;;   $pred.Customer.age
;;   $pred.Address.zip
;;   $fn.label
;;   $tetra:prepare
;;   $tetra:run
;; The program's 9 function(s):

 (func $validate.Address (param $v i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $t:3 (tuple i32 i64))
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
        (call $pred.Address.zip
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
    (i32.const 1)
   )
   (local.get $t:fuel)
  )
 )

 (func $validate.Customer (param $v i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $t:3 (tuple i32 i64))
  (local $t:4 (tuple i32 i64))
  (local $t:5 (tuple i32 i64))
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
        (call $pred.Customer.name
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
        (call $pred.Customer.age
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
    (if
     (i32.eqz
      (block (result i32)
       (local.set $t:5
        (call $validate.Address
         (block (result i32)
          (if
           (i64.gt_u
            (i64.add
             (i64.extend_i32_u
              (local.get $v)
             )
             (i64.const 32)
            )
            (global.get $tetra:arena)
           )
           (then
            (call $tetra:trap
             (i32.const 17)
             (i32.const 0)
            )
            (unreachable)
           )
          )
          (i32.load offset=28 align=1
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
         (local.get $t:5)
        )
       )
       (tuple.extract 2 0
        (local.get $t:5)
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
             (i32.const 99)
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
        (call $validate.Customer
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

 (func $conv.Address (param $v i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $out i32)
  (local $f.zip i32)
  (local $f.city i32)
  (local $t:6 i64)
  (local $t:7 i64)
  (local $t:8 i64)
  (local $t:9 i64)
  (local $t:10 i64)
  (local $t:11 i64)
  (local $t:12 (tuple i32 i64))
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
    (local.set $f.zip
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
    (local.set $f.city
     (block (result i32)
      (if
       (i64.gt_u
        (i64.add
         (i64.extend_i32_u
          (local.get $v)
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
       (local.get $v)
      )
     )
    )
    (local.set $out
     (block (result i32)
      (local.set $t:6
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
      (local.set $t:7
       (i64.add
        (local.get $t:6)
        (i64.extend_i32_u
         (i32.const 8)
        )
       )
      )
      (if
       (i64.gt_u
        (local.get $t:7)
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
        (local.get $t:7)
       )
      )
      (if
       (i64.gt_u
        (local.get $t:7)
        (i64.add
         (global.get $tetra:scratch_start)
         (global.get $tetra:high_span)
        )
       )
       (then
        (global.set $tetra:high_span
         (i64.sub
          (local.get $t:7)
          (global.get $tetra:scratch_start)
         )
        )
       )
      )
      (i32.wrap_i64
       (local.get $t:6)
      )
     )
    )
    (block
     (local.set $t:8
      (i64.extend_i32_u
       (local.get $out)
      )
     )
     (if
      (i64.gt_u
       (i64.sub
        (i64.add
         (local.get $t:8)
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
          (local.get $t:8)
          (global.get $tetra:low_start)
         )
         (i64.gt_u
          (i64.add
           (local.get $t:8)
           (i64.const 4)
          )
          (global.get $tetra:low_end)
         )
        )
        (then
         (if
          (i64.gt_u
           (i64.add
            (local.get $t:8)
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
           (local.get $t:8)
           (global.get $tetra:scratch_start)
          )
          (then
           (if
            (i64.lt_u
             (local.get $t:8)
             (global.get $tetra:low_start)
            )
            (then
             (global.set $tetra:low_start
              (local.get $t:8)
             )
            )
           )
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:8)
              (i64.const 4)
             )
             (global.get $tetra:low_end)
            )
            (then
             (local.set $t:9
              (i64.add
               (i64.add
                (local.get $t:8)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:8)
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
               (local.get $t:9)
               (i64.gt_u
                (local.get $t:9)
                (global.get $tetra:arena)
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
              (local.get $t:8)
              (i64.const 4)
             )
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (local.set $t:9
              (i64.add
               (i64.add
                (local.get $t:8)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:8)
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
                (local.get $t:9)
                (i64.gt_u
                 (local.get $t:9)
                 (global.get $tetra:arena)
                )
               )
               (global.get $tetra:scratch_start)
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
      (local.get $out)
      (local.get $f.zip)
     )
    )
    (block
     (local.set $t:10
      (i64.add
       (i64.extend_i32_u
        (local.get $out)
       )
       (i64.const 4)
      )
     )
     (if
      (i64.gt_u
       (i64.sub
        (i64.add
         (local.get $t:10)
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
          (local.get $t:10)
          (global.get $tetra:low_start)
         )
         (i64.gt_u
          (i64.add
           (local.get $t:10)
           (i64.const 4)
          )
          (global.get $tetra:low_end)
         )
        )
        (then
         (if
          (i64.gt_u
           (i64.add
            (local.get $t:10)
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
           (local.get $t:10)
           (global.get $tetra:scratch_start)
          )
          (then
           (if
            (i64.lt_u
             (local.get $t:10)
             (global.get $tetra:low_start)
            )
            (then
             (global.set $tetra:low_start
              (local.get $t:10)
             )
            )
           )
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:10)
              (i64.const 4)
             )
             (global.get $tetra:low_end)
            )
            (then
             (local.set $t:11
              (i64.add
               (i64.add
                (local.get $t:10)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:10)
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
               (local.get $t:11)
               (i64.gt_u
                (local.get $t:11)
                (global.get $tetra:arena)
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
              (local.get $t:10)
              (i64.const 4)
             )
             (i64.add
              (global.get $tetra:scratch_start)
              (global.get $tetra:high_span)
             )
            )
            (then
             (local.set $t:11
              (i64.add
               (i64.add
                (local.get $t:10)
                (i64.const 4)
               )
               (i64.add
                (i64.const 64)
                (i64.shr_u
                 (i64.sub
                  (i64.add
                   (local.get $t:10)
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
                (local.get $t:11)
                (i64.gt_u
                 (local.get $t:11)
                 (global.get $tetra:arena)
                )
               )
               (global.get $tetra:scratch_start)
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
      (local.get $out)
      (local.get $f.city)
     )
    )
    (if
     (i32.eqz
      (block (result i32)
       (local.set $t:12
        (call $pred.Address.zip
         (i32.const 0)
         (local.get $f.zip)
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
         (local.get $t:12)
        )
       )
       (tuple.extract 2 0
        (local.get $t:12)
       )
      )
     )
     (then
      (return
       (tuple.make 2
        (i32.const -1)
        (local.get $t:fuel)
       )
      )
     )
    )
    (local.get $out)
   )
   (local.get $t:fuel)
  )
 )

 (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $args i32)
  (local $c i32)
  (local $dict i32)
  (local $closure i32)
  (local $dict.1 i32)
  (local $zip i32)
  (local $city i32)
  (local $conv i32)
  (local $home i32)
  (local $who i32)
  (local $credit i64)
  (local $same_city i32)
  (local $copy i32)
  (local $result i32)
  (local $json_start i32)
  (local $json_end i32)
  (local $result.1 i32)
  (local $t:23 (tuple i32 i64))
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
  (local $t:37 i64)
  (local $t:38 i64)
  (local $t:39 i64)
  (local $t:40 (tuple i32 i64))
  (local $t:41 i64)
  (local $t:42 i64)
  (local $t:43 (tuple i32 i64))
  (local $t:44 i64)
  (local $t:45 i64)
  (local $t:46 i64)
  (local $t:47 i64)
  (local $t:48 i32)
  (local $t:49 (tuple i32 i64))
  (local $t:50 i64)
  (local $t:51 i64)
  (local $t:52 i64)
  (local $t:53 i64)
  (local $t:54 (tuple i32 i64))
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
      (local.set $t:23
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
        (local.get $t:23)
       )
      )
      (tuple.extract 2 0
       (local.get $t:23)
      )
     )
    )
    (local.set $c
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
        (local.set $t:24
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
        (local.set $t:25
         (i64.add
          (local.get $t:24)
          (i64.extend_i32_u
           (i32.const 32)
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
           (i32.const 3)
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
      (local.set $closure
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
           (i32.const 4)
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
      (block
       (local.set $t:28
        (i64.extend_i32_u
         (local.get $closure)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:28)
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
            (local.get $t:28)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:28)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:28)
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
             (local.get $t:28)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:28)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:28)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:28)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:29
                (i64.add
                 (i64.add
                  (local.get $t:28)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:28)
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
                 (local.get $t:29)
                 (i64.gt_u
                  (local.get $t:29)
                  (global.get $tetra:arena)
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
                (local.get $t:28)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:29
                (i64.add
                 (i64.add
                  (local.get $t:28)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:28)
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
                  (local.get $t:29)
                  (i64.gt_u
                   (local.get $t:29)
                   (global.get $tetra:arena)
                  )
                 )
                 (global.get $tetra:scratch_start)
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
       (local.set $t:30
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
           (local.get $t:30)
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
            (local.get $t:30)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:30)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:30)
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
             (local.get $t:30)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:30)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:30)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:30)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:31
                (i64.add
                 (i64.add
                  (local.get $t:30)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:30)
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
                 (local.get $t:31)
                 (i64.gt_u
                  (local.get $t:31)
                  (global.get $tetra:arena)
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
                (local.get $t:30)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:31
                (i64.add
                 (i64.add
                  (local.get $t:30)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:30)
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
                  (local.get $t:31)
                  (i64.gt_u
                   (local.get $t:31)
                   (global.get $tetra:arena)
                  )
                 )
                 (global.get $tetra:scratch_start)
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
       (local.set $t:32
        (i64.extend_i32_u
         (local.get $dict)
        )
       )
       (if
        (i64.gt_u
         (i64.sub
          (i64.add
           (local.get $t:32)
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
            (local.get $t:32)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:32)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:32)
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
             (local.get $t:32)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:32)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:32)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:32)
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:33
                (i64.add
                 (i64.add
                  (local.get $t:32)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:32)
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
                 (local.get $t:33)
                 (i64.gt_u
                  (local.get $t:33)
                  (global.get $tetra:arena)
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
                (local.get $t:32)
                (i64.const 4)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:33
                (i64.add
                 (i64.add
                  (local.get $t:32)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:32)
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
                  (local.get $t:33)
                  (i64.gt_u
                   (local.get $t:33)
                   (global.get $tetra:arena)
                  )
                 )
                 (global.get $tetra:scratch_start)
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
      (local.set $home
       (block $e1 (result i32)
        (local.set $conv
         (block (result i32)
          (local.set $t:40
           (call $conv.Address
            (block $e2 (result i32)
             (local.set $dict.1
              (block (result i32)
               (local.set $t:34
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
               (local.set $t:35
                (i64.add
                 (local.get $t:34)
                 (i64.extend_i32_u
                  (i32.const 8)
                 )
                )
               )
               (if
                (i64.gt_u
                 (local.get $t:35)
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
                 (local.get $t:35)
                )
               )
               (if
                (i64.gt_u
                 (local.get $t:35)
                 (i64.add
                  (global.get $tetra:scratch_start)
                  (global.get $tetra:high_span)
                 )
                )
                (then
                 (global.set $tetra:high_span
                  (i64.sub
                   (local.get $t:35)
                   (global.get $tetra:scratch_start)
                  )
                 )
                )
               )
               (i32.wrap_i64
                (local.get $t:34)
               )
              )
             )
             (local.set $zip
              (i32.const 8)
             )
             (block
              (local.set $t:36
               (i64.extend_i32_u
                (local.get $dict.1)
               )
              )
              (if
               (i64.gt_u
                (i64.sub
                 (i64.add
                  (local.get $t:36)
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
                   (local.get $t:36)
                   (global.get $tetra:low_start)
                  )
                  (i64.gt_u
                   (i64.add
                    (local.get $t:36)
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                 )
                 (then
                  (if
                   (i64.gt_u
                    (i64.add
                     (local.get $t:36)
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
                    (local.get $t:36)
                    (global.get $tetra:scratch_start)
                   )
                   (then
                    (if
                     (i64.lt_u
                      (local.get $t:36)
                      (global.get $tetra:low_start)
                     )
                     (then
                      (global.set $tetra:low_start
                       (local.get $t:36)
                      )
                     )
                    )
                    (if
                     (i64.gt_u
                      (i64.add
                       (local.get $t:36)
                       (i64.const 4)
                      )
                      (global.get $tetra:low_end)
                     )
                     (then
                      (local.set $t:37
                       (i64.add
                        (i64.add
                         (local.get $t:36)
                         (i64.const 4)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:36)
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
                        (local.get $t:37)
                        (i64.gt_u
                         (local.get $t:37)
                         (global.get $tetra:arena)
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
                       (local.get $t:36)
                       (i64.const 4)
                      )
                      (i64.add
                       (global.get $tetra:scratch_start)
                       (global.get $tetra:high_span)
                      )
                     )
                     (then
                      (local.set $t:37
                       (i64.add
                        (i64.add
                         (local.get $t:36)
                         (i64.const 4)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:36)
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
                         (local.get $t:37)
                         (i64.gt_u
                          (local.get $t:37)
                          (global.get $tetra:arena)
                         )
                        )
                        (global.get $tetra:scratch_start)
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
               (local.get $zip)
              )
             )
             (local.set $city
              (i32.const 20)
             )
             (block
              (local.set $t:38
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
                  (local.get $t:38)
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
                   (local.get $t:38)
                   (global.get $tetra:low_start)
                  )
                  (i64.gt_u
                   (i64.add
                    (local.get $t:38)
                    (i64.const 4)
                   )
                   (global.get $tetra:low_end)
                  )
                 )
                 (then
                  (if
                   (i64.gt_u
                    (i64.add
                     (local.get $t:38)
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
                    (local.get $t:38)
                    (global.get $tetra:scratch_start)
                   )
                   (then
                    (if
                     (i64.lt_u
                      (local.get $t:38)
                      (global.get $tetra:low_start)
                     )
                     (then
                      (global.set $tetra:low_start
                       (local.get $t:38)
                      )
                     )
                    )
                    (if
                     (i64.gt_u
                      (i64.add
                       (local.get $t:38)
                       (i64.const 4)
                      )
                      (global.get $tetra:low_end)
                     )
                     (then
                      (local.set $t:39
                       (i64.add
                        (i64.add
                         (local.get $t:38)
                         (i64.const 4)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:38)
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
                        (local.get $t:39)
                        (i64.gt_u
                         (local.get $t:39)
                         (global.get $tetra:arena)
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
                       (local.get $t:38)
                       (i64.const 4)
                      )
                      (i64.add
                       (global.get $tetra:scratch_start)
                       (global.get $tetra:high_span)
                      )
                     )
                     (then
                      (local.set $t:39
                       (i64.add
                        (i64.add
                         (local.get $t:38)
                         (i64.const 4)
                        )
                        (i64.add
                         (i64.const 64)
                         (i64.shr_u
                          (i64.sub
                           (i64.add
                            (local.get $t:38)
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
                         (local.get $t:39)
                         (i64.gt_u
                          (local.get $t:39)
                          (global.get $tetra:arena)
                         )
                        )
                        (global.get $tetra:scratch_start)
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
               (local.get $city)
              )
             )
             (local.get $dict.1)
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
                (i32.const 5)
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
         (i32.eq
          (local.get $conv)
          (i32.const -1)
         )
         (then
          (block
           (call $tetra:trap
            (i32.const 5)
            (i32.const 5)
           )
           (unreachable)
          )
         )
        )
        (local.get $conv)
       )
      )
      (block
       (local.set $t:41
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
           (local.get $t:41)
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
            (local.get $t:41)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:41)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:41)
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
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:42
                (i64.add
                 (i64.add
                  (local.get $t:41)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:41)
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
                (i64.const 4)
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
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:41)
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
       (i32.store offset=4 align=1
        (local.get $dict)
        (local.get $home)
       )
      )
      (local.set $who
       (block (result i32)
        (local.set $t:43
         (call $fn.label
          (i32.const 0)
          (local.get $c)
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
          (local.get $t:43)
         )
        )
        (tuple.extract 2 0
         (local.get $t:43)
        )
       )
      )
      (block
       (local.set $t:44
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
           (local.get $t:44)
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
            (local.get $t:44)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:44)
             (i64.const 4)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:44)
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
                (i64.const 4)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:45
                (i64.add
                 (i64.add
                  (local.get $t:44)
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:44)
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
                (i64.const 4)
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
                  (i64.const 4)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:44)
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
       (i32.store offset=8 align=1
        (local.get $dict)
        (local.get $who)
       )
      )
      (local.set $credit
       (block (result i64)
        (if
         (i64.gt_u
          (i64.add
           (i64.extend_i32_u
            (local.get $c)
           )
           (i64.const 24)
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
        (i64.load offset=16 align=1
         (local.get $c)
        )
       )
      )
      (block
       (local.set $t:46
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
           (local.get $t:46)
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
            (local.get $t:46)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:46)
             (i64.const 8)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:46)
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
             (local.get $t:46)
             (global.get $tetra:scratch_start)
            )
            (then
             (if
              (i64.lt_u
               (local.get $t:46)
               (global.get $tetra:low_start)
              )
              (then
               (global.set $tetra:low_start
                (local.get $t:46)
               )
              )
             )
             (if
              (i64.gt_u
               (i64.add
                (local.get $t:46)
                (i64.const 8)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:47
                (i64.add
                 (i64.add
                  (local.get $t:46)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:46)
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
                 (local.get $t:47)
                 (i64.gt_u
                  (local.get $t:47)
                  (global.get $tetra:arena)
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
                (local.get $t:46)
                (i64.const 8)
               )
               (i64.add
                (global.get $tetra:scratch_start)
                (global.get $tetra:high_span)
               )
              )
              (then
               (local.set $t:47
                (i64.add
                 (i64.add
                  (local.get $t:46)
                  (i64.const 8)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:46)
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
                  (local.get $t:47)
                  (i64.gt_u
                   (local.get $t:47)
                   (global.get $tetra:arena)
                  )
                 )
                 (global.get $tetra:scratch_start)
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
        (local.get $credit)
       )
      )
      (local.set $same_city
       (block (result i32)
        (local.set $t:49
         (call $rt.str_eq
          (block (result i32)
           (local.set $t:48
            (block (result i32)
             (if
              (i64.gt_u
               (i64.add
                (i64.extend_i32_u
                 (local.get $c)
                )
                (i64.const 32)
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
             (i32.load offset=28 align=1
              (local.get $c)
             )
            )
           )
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $t:48)
              )
              (i64.const 8)
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
           (i32.load offset=4 align=1
            (local.get $t:48)
           )
          )
          (block (result i32)
           (if
            (i64.gt_u
             (i64.add
              (i64.extend_i32_u
               (local.get $home)
              )
              (i64.const 8)
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
           (i32.load offset=4 align=1
            (local.get $home)
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
          (local.get $t:49)
         )
        )
        (tuple.extract 2 0
         (local.get $t:49)
        )
       )
      )
      (block
       (local.set $t:50
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
           (local.get $t:50)
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
            (local.get $t:50)
            (global.get $tetra:low_start)
           )
           (i64.gt_u
            (i64.add
             (local.get $t:50)
             (i64.const 1)
            )
            (global.get $tetra:low_end)
           )
          )
          (then
           (if
            (i64.gt_u
             (i64.add
              (local.get $t:50)
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
                (i64.const 1)
               )
               (global.get $tetra:low_end)
              )
              (then
               (local.set $t:51
                (i64.add
                 (i64.add
                  (local.get $t:50)
                  (i64.const 1)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:50)
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
                (i64.const 1)
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
                  (i64.const 1)
                 )
                 (i64.add
                  (i64.const 64)
                  (i64.shr_u
                   (i64.sub
                    (i64.add
                     (local.get $t:50)
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
       (i32.store8 offset=24
        (local.get $dict)
        (local.get $same_city)
       )
      )
      (local.set $copy
       (local.get $c)
      )
      (block
       (local.set $t:52
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
       (i32.store offset=28 align=1
        (local.get $dict)
        (local.get $copy)
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
      (local.set $t:54
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
        (local.get $t:54)
       )
      )
      (tuple.extract 2 0
       (local.get $t:54)
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

 (func $pred.Customer.name (param $env i32) (param $n i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
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
    (i32.eqz
     (i32.eqz
      (block (result i32)
       (if
        (i64.gt_u
         (i64.add
          (i64.extend_i32_u
           (local.get $n)
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
        (local.get $n)
       )
      )
     )
    )
   )
   (local.get $t:fuel)
  )
 )

 (func $pred.Customer.age (param $env i32) (param $a i64) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
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
    (if (result i32)
     (i64.ge_s
      (local.get $a)
      (i64.const 0)
     )
     (then
      (i64.le_s
       (local.get $a)
       (i64.const 150)
      )
     )
     (else
      (i32.const 0)
     )
    )
   )
   (local.get $t:fuel)
  )
 )

 (func $pred.Address.zip (param $env i32) (param $z i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
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
    (i64.eq
     (i64.extend_i32_u
      (block (result i32)
       (if
        (i64.gt_u
         (i64.add
          (i64.extend_i32_u
           (local.get $z)
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
        (local.get $z)
       )
      )
     )
     (i64.const 5)
    )
   )
   (local.get $t:fuel)
  )
 )

 (func $fn.label (param $env i32) (param $x i32) (param $t:depth i32) (param $t:fuel i64) (result i32 i64)
  (local $part i32)
  (local $part.1 i32)
  (local $text i32)
  (local $cur i32)
  (local $s i32)
  (local $slen i32)
  (local $s.1 i32)
  (local $slen.1 i32)
  (local $len i32)
  (local $t:13 i32)
  (local $t:14 i32)
  (local $t:15 i32)
  (local $t:16 i64)
  (local $t:17 i64)
  (local $t:18 i64)
  (local $t:19 i64)
  (local $t:20 i64)
  (local $t:21 i32)
  (local $t:22 i32)
  (local $t:23 i64)
  (local $t:24 i64)
  (local $t:25 i64)
  (local $t:26 i64)
  (local $t:27 i64)
  (local $t:28 i64)
  (local $t:29 i64)
  (local $t:30 i32)
  (local $t:31 i64)
  (local $t:32 i64)
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
      (block (result i32)
       (if
        (i64.gt_u
         (i64.add
          (i64.extend_i32_u
           (local.get $x)
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
        (local.get $x)
       )
      )
     )
     (local.set $part.1
      (block (result i32)
       (local.set $t:13
        (block (result i32)
         (if
          (i64.gt_u
           (i64.add
            (i64.extend_i32_u
             (local.get $x)
            )
            (i64.const 32)
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
         (i32.load offset=28 align=1
          (local.get $x)
         )
        )
       )
       (if
        (i64.gt_u
         (i64.add
          (i64.extend_i32_u
           (local.get $t:13)
          )
          (i64.const 8)
         )
         (global.get $tetra:arena)
        )
        (then
         (call $tetra:trap
          (i32.const 17)
          (i32.const 20)
         )
         (unreachable)
        )
       )
       (i32.load offset=4 align=1
        (local.get $t:13)
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
         (i32.const 18)
        )
        (unreachable)
       )
      )
     )
     (block
      (local.set $t:14
       (local.get $cur)
      )
      (local.set $t:15
       (i32.add
        (local.get $s)
        (i32.const 4)
       )
      )
      (if
       (i64.gt_u
        (i64.add
         (i64.extend_i32_u
          (local.get $t:15)
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
         (i32.const 18)
        )
        (unreachable)
       )
      )
      (local.set $t:16
       (i64.extend_i32_u
        (local.get $t:14)
       )
      )
      (local.set $t:17
       (i64.add
        (local.get $t:16)
        (i64.extend_i32_u
         (local.get $slen)
        )
       )
      )
      (if
       (i32.or
        (i64.lt_u
         (local.get $t:16)
         (global.get $tetra:scratch_start)
        )
        (i64.gt_u
         (i64.sub
          (local.get $t:17)
          (global.get $tetra:scratch_start)
         )
         (global.get $tetra:high_span)
        )
       )
       (then
        (if
         (i32.or
          (i64.lt_u
           (local.get $t:16)
           (global.get $tetra:low_start)
          )
          (i64.gt_u
           (local.get $t:17)
           (global.get $tetra:low_end)
          )
         )
         (then
          (if
           (i64.gt_u
            (local.get $t:17)
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
          (if
           (i64.lt_u
            (local.get $t:16)
            (global.get $tetra:scratch_start)
           )
           (then
            (if
             (i64.lt_u
              (local.get $t:16)
              (global.get $tetra:low_start)
             )
             (then
              (global.set $tetra:low_start
               (local.get $t:16)
              )
             )
            )
            (if
             (i64.gt_u
              (local.get $t:17)
              (global.get $tetra:low_end)
             )
             (then
              (local.set $t:18
               (i64.add
                (local.get $t:17)
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (local.get $t:17)
                   (global.get $tetra:low_start)
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
              (local.get $t:17)
              (i64.add
               (global.get $tetra:scratch_start)
               (global.get $tetra:high_span)
              )
             )
             (then
              (local.set $t:18
               (i64.add
                (local.get $t:17)
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (local.get $t:17)
                   (global.get $tetra:scratch_start)
                  )
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
      (memory.copy
       (local.get $t:14)
       (local.get $t:15)
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
         (i32.const 18)
        )
        (unreachable)
       )
      )
     )
     (block
      (local.set $t:19
       (i64.extend_i32_u
        (local.get $cur)
       )
      )
      (if
       (i64.gt_u
        (i64.sub
         (i64.add
          (local.get $t:19)
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
           (local.get $t:19)
           (global.get $tetra:low_start)
          )
          (i64.gt_u
           (i64.add
            (local.get $t:19)
            (i64.const 2)
           )
           (global.get $tetra:low_end)
          )
         )
         (then
          (if
           (i64.gt_u
            (i64.add
             (local.get $t:19)
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
               (i64.const 2)
              )
              (global.get $tetra:low_end)
             )
             (then
              (local.set $t:20
               (i64.add
                (i64.add
                 (local.get $t:19)
                 (i64.const 2)
                )
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (i64.add
                    (local.get $t:19)
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
               (i64.const 2)
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
                 (i64.const 2)
                )
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (i64.add
                    (local.get $t:19)
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
     (block
      (local.set $t:21
       (local.get $cur)
      )
      (local.set $t:22
       (i32.add
        (local.get $s.1)
        (i32.const 4)
       )
      )
      (if
       (i64.gt_u
        (i64.add
         (i64.extend_i32_u
          (local.get $t:22)
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
         (i32.const 18)
        )
        (unreachable)
       )
      )
      (local.set $t:23
       (i64.extend_i32_u
        (local.get $t:21)
       )
      )
      (local.set $t:24
       (i64.add
        (local.get $t:23)
        (i64.extend_i32_u
         (local.get $slen.1)
        )
       )
      )
      (if
       (i32.or
        (i64.lt_u
         (local.get $t:23)
         (global.get $tetra:scratch_start)
        )
        (i64.gt_u
         (i64.sub
          (local.get $t:24)
          (global.get $tetra:scratch_start)
         )
         (global.get $tetra:high_span)
        )
       )
       (then
        (if
         (i32.or
          (i64.lt_u
           (local.get $t:23)
           (global.get $tetra:low_start)
          )
          (i64.gt_u
           (local.get $t:24)
           (global.get $tetra:low_end)
          )
         )
         (then
          (if
           (i64.gt_u
            (local.get $t:24)
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
          (if
           (i64.lt_u
            (local.get $t:23)
            (global.get $tetra:scratch_start)
           )
           (then
            (if
             (i64.lt_u
              (local.get $t:23)
              (global.get $tetra:low_start)
             )
             (then
              (global.set $tetra:low_start
               (local.get $t:23)
              )
             )
            )
            (if
             (i64.gt_u
              (local.get $t:24)
              (global.get $tetra:low_end)
             )
             (then
              (local.set $t:25
               (i64.add
                (local.get $t:24)
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (local.get $t:24)
                   (global.get $tetra:low_start)
                  )
                  (i64.const 4)
                 )
                )
               )
              )
              (global.set $tetra:low_end
               (select
                (global.get $tetra:arena)
                (local.get $t:25)
                (i64.gt_u
                 (local.get $t:25)
                 (global.get $tetra:arena)
                )
               )
              )
             )
            )
           )
           (else
            (if
             (i64.gt_u
              (local.get $t:24)
              (i64.add
               (global.get $tetra:scratch_start)
               (global.get $tetra:high_span)
              )
             )
             (then
              (local.set $t:25
               (i64.add
                (local.get $t:24)
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (local.get $t:24)
                   (global.get $tetra:scratch_start)
                  )
                  (i64.const 4)
                 )
                )
               )
              )
              (global.set $tetra:high_span
               (i64.sub
                (select
                 (global.get $tetra:arena)
                 (local.get $t:25)
                 (i64.gt_u
                  (local.get $t:25)
                  (global.get $tetra:arena)
                 )
                )
                (global.get $tetra:scratch_start)
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
       (local.get $t:21)
       (local.get $t:22)
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
        (i32.const 1)
       )
       (global.get $tetra:scratch_end)
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
     (block
      (local.set $t:26
       (i64.extend_i32_u
        (local.get $cur)
       )
      )
      (if
       (i64.gt_u
        (i64.sub
         (i64.add
          (local.get $t:26)
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
           (local.get $t:26)
           (global.get $tetra:low_start)
          )
          (i64.gt_u
           (i64.add
            (local.get $t:26)
            (i64.const 1)
           )
           (global.get $tetra:low_end)
          )
         )
         (then
          (if
           (i64.gt_u
            (i64.add
             (local.get $t:26)
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
            (local.get $t:26)
            (global.get $tetra:scratch_start)
           )
           (then
            (if
             (i64.lt_u
              (local.get $t:26)
              (global.get $tetra:low_start)
             )
             (then
              (global.set $tetra:low_start
               (local.get $t:26)
              )
             )
            )
            (if
             (i64.gt_u
              (i64.add
               (local.get $t:26)
               (i64.const 1)
              )
              (global.get $tetra:low_end)
             )
             (then
              (local.set $t:27
               (i64.add
                (i64.add
                 (local.get $t:26)
                 (i64.const 1)
                )
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (i64.add
                    (local.get $t:26)
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
                (local.get $t:27)
                (i64.gt_u
                 (local.get $t:27)
                 (global.get $tetra:arena)
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
               (local.get $t:26)
               (i64.const 1)
              )
              (i64.add
               (global.get $tetra:scratch_start)
               (global.get $tetra:high_span)
              )
             )
             (then
              (local.set $t:27
               (i64.add
                (i64.add
                 (local.get $t:26)
                 (i64.const 1)
                )
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (i64.add
                    (local.get $t:26)
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
                 (local.get $t:27)
                 (i64.gt_u
                  (local.get $t:27)
                  (global.get $tetra:arena)
                 )
                )
                (global.get $tetra:scratch_start)
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
       (i32.const 41)
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
      (local.set $t:28
       (i64.extend_i32_u
        (local.get $text)
       )
      )
      (if
       (i64.gt_u
        (i64.sub
         (i64.add
          (local.get $t:28)
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
           (local.get $t:28)
           (global.get $tetra:low_start)
          )
          (i64.gt_u
           (i64.add
            (local.get $t:28)
            (i64.const 4)
           )
           (global.get $tetra:low_end)
          )
         )
         (then
          (if
           (i64.gt_u
            (i64.add
             (local.get $t:28)
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
            (local.get $t:28)
            (global.get $tetra:scratch_start)
           )
           (then
            (if
             (i64.lt_u
              (local.get $t:28)
              (global.get $tetra:low_start)
             )
             (then
              (global.set $tetra:low_start
               (local.get $t:28)
              )
             )
            )
            (if
             (i64.gt_u
              (i64.add
               (local.get $t:28)
               (i64.const 4)
              )
              (global.get $tetra:low_end)
             )
             (then
              (local.set $t:29
               (i64.add
                (i64.add
                 (local.get $t:28)
                 (i64.const 4)
                )
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (i64.add
                    (local.get $t:28)
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
                (local.get $t:29)
                (i64.gt_u
                 (local.get $t:29)
                 (global.get $tetra:arena)
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
               (local.get $t:28)
               (i64.const 4)
              )
              (i64.add
               (global.get $tetra:scratch_start)
               (global.get $tetra:high_span)
              )
             )
             (then
              (local.set $t:29
               (i64.add
                (i64.add
                 (local.get $t:28)
                 (i64.const 4)
                )
                (i64.add
                 (i64.const 64)
                 (i64.shr_u
                  (i64.sub
                   (i64.add
                    (local.get $t:28)
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
                 (local.get $t:29)
                 (i64.gt_u
                  (local.get $t:29)
                  (global.get $tetra:arena)
                 )
                )
                (global.get $tetra:scratch_start)
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
      (local.set $t:30
       (i32.add
        (local.get $len)
        (i32.const 4)
       )
      )
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
         (local.get $t:30)
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
         (i32.const 18)
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
   )
   (local.get $t:fuel)
  )
 )
