// From libs/driver/testdata/emit-golden/where-bindings.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js libs/driver/testdata/emit-golden/where-bindings.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (81):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_dec$2e_int$2e_0
//   codec$2e_skip
//   main$2e_args
//   rt$2e_u64_digits
//   rt$2e_u64_write_back
//   rt$2e_int_write
//   codec$2e_write_int
//   codec$2e_enc$2e_int$2e_1
//   codec$2e_enc$2e_list$2e_2
//   codec$2e_enc$2e_record$2e_0
//   main
//   main$tail
//   where$2e_a$2e_base
//   where$2e_a$2e_extra
//   fn$2e_a$2e_extra$2e_sq
//   $call_codec$2e_hex4
//   $call_rt$2e_utf8_valid
//   $call_codec$2e_str_check
//   $call_codec$2e_num_end
//   $call_codec$2e_json_valid
//   $call_codec$2e_str_end
//   $call_codec$2e_str_unescape
//   $call_codec$2e_dec$2e_int$2e_0
//   $call_codec$2e_skip
//   $call_main$2e_args
//   $call_rt$2e_u64_digits
//   $call_rt$2e_u64_write_back
//   $call_rt$2e_int_write
//   $call_codec$2e_write_int
//   $call_codec$2e_enc$2e_int$2e_1
//   $call_codec$2e_enc$2e_list$2e_2
//   $call_codec$2e_enc$2e_record$2e_0
//   $call_where$2e_a$2e_base
//   $call_where$2e_a$2e_extra
//   $call_fn$2e_a$2e_extra$2e_sq
//   $trap
//   $set_fuel
//   $refuel
//   $unreachable
//   $fault
//   $select
//   $i64_of
//   $nums
//   $safe
//   $i64_wrap
//   $i64_check
//   $i64_split
//   $i64_join
//   $i64_add
//   $i64_sub
//   $i64_mul
//   $i64_add_checked
//   $i64_sub_checked
//   $i64_mul_checked
//   $i64_div_u
//   $i64_lt_u
//   $i64_gt_u
//   $i64_ge_u
//   $i32_wrap_i64
//   $i32_div_u
//   $memory_copy
//   $memory_fill
//   $write
//   $alloc_scratch
//   $align8
//   $clamp
//   $plan
//   $plan_of
//   $start
//   $caught
//   $run
//   $invoke
//   $to_val
//   $bytes
// The program's 5 function(s):

  // (func $main.args (param $input_offset i32) (param $input_len i32) (result i32)) — entry fuel charged by $call_main$2e_args
  function main$2e_args(input_offset, input_len) {
    let args = 0, args_end = 0, args_pos = 0, args_kp = 0, args_klen = 0, args_mark = 0, args_c = 0, args_unexpected = 0, args_r = 0, arg0_cell = 0, arg1_cell = 0, arg0_state = 0, arg1_state = 0, ws = 0, kr = 0, kq = 0, arg = 0, arg$2e_1 = 0, args_out = 0;
    let $a, $w;
    args = input_offset;
    args_end = (args + input_len) | 0;
    if ($call_codec$2e_json_valid(args, (args_end - args) | 0, 0) === 0) {
      $trap("MainArgTypeMismatch", 1);
    }
    args_pos = args;
    ws_done0: {
      ws1: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((args_pos >>> 0) >= (args_end >>> 0)) break ws_done0;
        ws = ($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a);
        if (!((ws >>> 0) <= (32 >>> 0))) break ws_done0;
        args_pos = (args_pos + 1) | 0;
        continue ws1;
      }
    }
    if (!((($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 123)) {
      $trap("MainArgTypeMismatch", 1);
    }
    arg0_cell = $alloc_scratch(8, 8, 0);
    arg1_cell = $alloc_scratch(8, 8, 0);
    args_pos = (args_pos + 1) | 0;
    ws_done2: {
      ws3: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((args_pos >>> 0) >= (args_end >>> 0)) break ws_done2;
        ws = ($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a);
        if (!((ws >>> 0) <= (32 >>> 0))) break ws_done2;
        args_pos = (args_pos + 1) | 0;
        continue ws3;
      }
    }
    if (!((($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 125)) {
      args4: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        args_mark = $scratch_ptr | 0;
        kr = $call_codec$2e_str_end((args_pos + 1) | 0, args_end, 0);
        kq = kr & 2147483647;
        if (kr & (-2147483648)) {
          args_kp = $alloc_scratch(1, (((kq - args_pos) | 0) - 1) | 0, 0);
          args_klen = ($call_codec$2e_str_unescape((args_pos + 1) | 0, kq, args_kp, 0) - args_kp) | 0;
        } else {
          args_kp = (args_pos + 1) | 0;
          args_klen = (((kq - args_pos) | 0) - 1) | 0;
        }
        args_pos = (kq + 1) | 0;
        match5: {
          if (args_klen === 1) {
            if ((($a = args_kp >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 120) {
              args_c = 0;
              break match5;
            }
          }
          if (args_klen === 1) {
            if ((($a = args_kp >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 121) {
              args_c = 1;
              break match5;
            }
          }
          args_c = -1;
        }
        $scratch_ptr = args_mark >>> 0;
        ws_done6: {
          ws7: for (;;) {
            if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
            if ((args_pos >>> 0) >= (args_end >>> 0)) break ws_done6;
            ws = ($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a);
            if (!((ws >>> 0) <= (32 >>> 0))) break ws_done6;
            args_pos = (args_pos + 1) | 0;
            continue ws7;
          }
        }
        args_pos = (args_pos + 1) | 0;
        ws_done8: {
          ws9: for (;;) {
            if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
            if ((args_pos >>> 0) >= (args_end >>> 0)) break ws_done8;
            ws = ($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a);
            if (!((ws >>> 0) <= (32 >>> 0))) break ws_done8;
            args_pos = (args_pos + 1) | 0;
            continue ws9;
          }
        }
        switch10: {
          default11: {
            case12: {
              case13: {
                switch (args_c) {
                  case 0: break case13;
                  case 1: break case12;
                  default: break default11;
                }
              }
              args_r = $call_codec$2e_dec$2e_int$2e_0(args_pos, args_end, arg0_cell, 0);
              if (args_r < 0) {
                arg0_state = 2;
                $scratch_ptr = args_mark >>> 0;
                args_pos = $call_codec$2e_skip(args_pos, args_end, 0);
              } else {
                arg0_state = 1;
                args_pos = args_r;
              }
              break switch10;
            }
            args_r = $call_codec$2e_dec$2e_int$2e_0(args_pos, args_end, arg1_cell, 0);
            if (args_r < 0) {
              arg1_state = 2;
              $scratch_ptr = args_mark >>> 0;
              args_pos = $call_codec$2e_skip(args_pos, args_end, 0);
            } else {
              arg1_state = 1;
              args_pos = args_r;
            }
            break switch10;
          }
          args_unexpected = 1;
          args_pos = $call_codec$2e_skip(args_pos, args_end, 0);
        }
        ws_done14: {
          ws15: for (;;) {
            if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
            if ((args_pos >>> 0) >= (args_end >>> 0)) break ws_done14;
            ws = ($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a);
            if (!((ws >>> 0) <= (32 >>> 0))) break ws_done14;
            args_pos = (args_pos + 1) | 0;
            continue ws15;
          }
        }
        args_c = ($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a);
        args_pos = (args_pos + 1) | 0;
        if (args_c === 44) {
          ws_done16: {
            ws17: for (;;) {
              if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
              if ((args_pos >>> 0) >= (args_end >>> 0)) break ws_done16;
              ws = ($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a);
              if (!((ws >>> 0) <= (32 >>> 0))) break ws_done16;
              args_pos = (args_pos + 1) | 0;
              continue ws17;
            }
          }
          continue args4;
        }
        break args4;
      }
    }
    if (arg0_state === 0) {
      $trap("MissingMainArg", 2);
    }
    if (arg0_state === 2) {
      $trap("MainArgTypeMismatch", 2);
    }
    arg = ($a = arg0_cell >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    if (arg1_state === 0) {
      $trap("MissingMainArg", 3);
    }
    if (arg1_state === 2) {
      $trap("MainArgTypeMismatch", 3);
    }
    arg$2e_1 = ($a = arg1_cell >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    if (args_unexpected) {
      $trap("UnexpectedMainArg", 1);
    }
    args_out = $alloc_scratch(8, 16, 1);
    $w = args_out >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(arg); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $w = (args_out >>> 0) + 8;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(arg$2e_1); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    return args_out;
  }

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let args = 0, x = 0, y = 0;
    let $a;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    x = ($a = args >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    y = ($a = (args >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    return main$tail(input_offset, input_len, output_offset, output_cap, args, x, y);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, x, y) {
    let dict = 0, frame = 0, total = 0, a = 0, p = 0, q = 0, b = 0, item = 0, item$2e_1 = 0, item$2e_2 = 0, size = 0, list = 0, len = 0, ws = 0, xs = 0, size$2e_1 = 0, list$2e_1 = 0, len$2e_1 = 0, n = 0, k = 0, x$2e_1 = 0, w = 0, c = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $r, $a, $w, $v, e3$v, $t1, e4$v, $t3;
    dict = $alloc_scratch(8, 24, 4);
    frame = $alloc_scratch(8, 48, 5);
    $memory_fill((frame + 24) | 0, 0, 2, 5);
    $w = (frame >>> 0) + 32;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(x); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $w = (frame >>> 0) + 40;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(y); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    if ((($a = (frame >>> 0) + 24) + 1 > $size ? $fault(0) : $dv.getUint8($a)) !== 2) {
      if ((($a = (frame >>> 0) + 24) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 1) {
        $trap("CircularReference", 7);
      }
      $call_where$2e_a$2e_base(frame, 7);
    }
    e3$v = ($a = (frame >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    $t1 = e3$v;
    if ((($a = (frame >>> 0) + 25) + 1 > $size ? $fault(0) : $dv.getUint8($a)) !== 2) {
      if ((($a = (frame >>> 0) + 25) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 1) {
        $trap("CircularReference", 8);
      }
      $call_where$2e_a$2e_extra(frame, 8);
    }
    e4$v = ($a = (frame >>> 0) + 16) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    $t3 = e4$v;
    total = typeof $t1 === "number" && typeof $t3 === "number" && $safe($r = $t1 + $t3) ? $r : $i64_add_checked($t1, $t3, 6);
    if ((($a = (frame >>> 0) + 24) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 0) {
      $call_where$2e_a$2e_base(frame, 9);
    }
    if ((($a = (frame >>> 0) + 25) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 0) {
      $call_where$2e_a$2e_extra(frame, 10);
    }
    a = typeof total === "number" && $safe($r = total * 2) ? $r + 0 : $i64_mul_checked(total, 2, 11);
    $w = dict >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(a); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    p = typeof x === "number" && $safe($r = x - 1) ? $r : $i64_sub_checked(x, 1, 12);
    q = typeof p === "number" && $safe($r = p * 3) ? $r + 0 : $i64_mul_checked(p, 3, 13);
    b = typeof p === "number" && typeof q === "number" && $safe($r = p + q) ? $r : $i64_add_checked(p, q, 14);
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(b); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    item = 1;
    item$2e_1 = 2;
    item$2e_2 = 3;
    size = 32;
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 15);
    }
    list = $alloc_scratch(8, size | 0, 15);
    len = 0;
    $w = ((((list + 8) | 0) + ((len * 8) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(item); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    len = (len + 1) | 0;
    $w = ((((list + 8) | 0) + ((len * 8) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(item$2e_1); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    len = (len + 1) | 0;
    $w = ((((list + 8) | 0) + ((len * 8) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(item$2e_2); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    len = (len + 1) | 0;
    $w = list >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    ws = list;
    xs = ws;
    size$2e_1 = 8 + (((($a = xs >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 8);
    if (size$2e_1 > 2147483647) {
      $trap("MemoryLimitExceeded", 16);
    }
    list$2e_1 = $alloc_scratch(8, size$2e_1 | 0, 16);
    len$2e_1 = 0;
    n = ($a = xs >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k = 0;
    block26: {
      each27: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k >>> 0) >= (n >>> 0)) break block26;
        x$2e_1 = ($a = (((xs + ((k * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        w = x$2e_1;
        $w = (((list$2e_1 + ((len$2e_1 * 8) | 0)) | 0) >>> 0) + 8;
        $v = typeof w === "number" && typeof x === "number" && $safe($r = w + x) ? $r : $i64_add_checked(w, x, 17);
        if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
        $i64_split($v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
        len$2e_1 = (len$2e_1 + 1) | 0;
        k = (k + 1) | 0;
        continue each27;
      }
    }
    $w = list$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_1, true);
    c = list$2e_1;
    $w = (dict >>> 0) + 16;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, c, true);
    result = dict;
    result$2e_1 = result;
    json_start = $output_ptr | 0;
    json_end = $call_codec$2e_enc$2e_record$2e_0(result$2e_1, json_start, 0, 0);
    if (json_end === (-2)) {
      $trap("NonFiniteFloat", 4);
    }
    if (json_end === (-1)) {
      $trap("MemoryLimitExceeded", 4);
    }
    $output_ptr = json_end >>> 0;
    return (json_end - json_start) | 0;
  }

  // (func $where.a.base (param $frame i32)) — entry fuel charged by $call_where$2e_a$2e_base
  function where$2e_a$2e_base(frame) {
    let $r, $a, $w, $v, $t0, $t1;
    $w = (frame >>> 0) + 24;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 1 & 0xff);
    $t0 = ($a = (frame >>> 0) + 32) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    $t1 = ($a = (frame >>> 0) + 40) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    $w = (frame >>> 0) + 8;
    $v = typeof $t0 === "number" && typeof $t1 === "number" && $safe($r = $t0 + $t1) ? $r : $i64_add_checked($t0, $t1, 9);
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split($v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $w = (frame >>> 0) + 24;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 2 & 0xff);
  }

  // (func $where.a.extra (param $frame i32)) — entry fuel charged by $call_where$2e_a$2e_extra
  function where$2e_a$2e_extra(frame) {
    let $a, $w, $v;
    $w = (frame >>> 0) + 25;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 1 & 0xff);
    $w = (frame >>> 0) + 16;
    $v = $call_fn$2e_a$2e_extra$2e_sq(0, ($a = (frame >>> 0) + 40) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true)), 18);
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split($v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $w = (frame >>> 0) + 25;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 2 & 0xff);
  }

  // (func $fn.a.extra.sq (param $env i32) (param $v i64) (result i64)) — entry fuel charged by $call_fn$2e_a$2e_extra$2e_sq
  function fn$2e_a$2e_extra$2e_sq(env, v) {
    let $r;
    return typeof v === "number" && $safe($r = v * v) ? $r + 0 : $i64_mul_checked(v, v, 19);
  }
