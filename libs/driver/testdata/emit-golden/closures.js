// From libs/driver/testdata/emit-golden/closures.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js libs/driver/testdata/emit-golden/closures.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (79):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_dec$2e_int$2e_1
//   codec$2e_dec$2e_list$2e_0
//   codec$2e_skip
//   main$2e_args
//   rt$2e_u64_digits
//   rt$2e_u64_write_back
//   rt$2e_int_write
//   codec$2e_write_int
//   codec$2e_enc$2e_int$2e_2
//   codec$2e_enc$2e_list$2e_1
//   codec$2e_enc$2e_record$2e_0
//   main
//   main$tail
//   fn$2e_adders$2e_lambda
//   $call_codec$2e_hex4
//   $call_rt$2e_utf8_valid
//   $call_codec$2e_str_check
//   $call_codec$2e_num_end
//   $call_codec$2e_json_valid
//   $call_codec$2e_str_end
//   $call_codec$2e_str_unescape
//   $call_codec$2e_dec$2e_int$2e_1
//   $call_codec$2e_dec$2e_list$2e_0
//   $call_codec$2e_skip
//   $call_main$2e_args
//   $call_rt$2e_u64_digits
//   $call_rt$2e_u64_write_back
//   $call_rt$2e_int_write
//   $call_codec$2e_write_int
//   $call_codec$2e_enc$2e_int$2e_2
//   $call_codec$2e_enc$2e_list$2e_1
//   $call_codec$2e_enc$2e_record$2e_0
//   $call_indirect_0
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
//   $i64_mul_checked
//   $i64_rem_s
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
// The program's 3 function(s):

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
    arg0_cell = $alloc_scratch(4, 4, 0);
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
          if (args_klen === 2) {
            if ((($a = args_kp >>> 0) + 2 > $size ? $fault(0) : $dv.getUint16($a, true)) === 29560) {
              args_c = 0;
              break match5;
            }
          }
          if (args_klen === 1) {
            if ((($a = args_kp >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 107) {
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
              args_r = $call_codec$2e_dec$2e_list$2e_0(args_pos, args_end, arg0_cell, 0);
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
            args_r = $call_codec$2e_dec$2e_int$2e_1(args_pos, args_end, arg1_cell, 0);
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
    arg = ($a = arg0_cell >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
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
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, arg, true);
    $w = (args_out >>> 0) + 8;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(arg$2e_1); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    return args_out;
  }

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let args = 0, xs = 0, k = 0;
    let $a;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    xs = ($a = args >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k = ($a = (args >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    return main$tail(input_offset, input_len, output_offset, output_cap, args, xs, k);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, xs, k) {
    let offset = 0, dict = 0, xs$2e_1 = 0, size = 0, list = 0, len = 0, n = 0, k$2e_1 = 0, x = 0, x$2e_1 = 0, scaled = 0, xs$2e_2 = 0, size$2e_1 = 0, list$2e_1 = 0, len$2e_1 = 0, n$2e_1 = 0, k$2e_2 = 0, x$2e_2 = 0, x$2e_3 = 0, evens = 0, xs$2e_3 = 0, acc = 0, n$2e_2 = 0, k$2e_3 = 0, x$2e_4 = 0, acc$2e_1 = 0, x$2e_5 = 0, total = 0, lo = 0, hi = 0, count = 0, size$2e_2 = 0, list$2e_2 = 0, len$2e_2 = 0, i = 0, i$2e_1 = 0, env = 0, closure = 0, adders = 0, xs$2e_4 = 0, size$2e_3 = 0, list$2e_3 = 0, len$2e_3 = 0, n$2e_3 = 0, k$2e_4 = 0, x$2e_6 = 0, f = 0, arg = 0, callee = 0, applied = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $r, $a, $w, $v, $t0, $t1, $t2, e34$v, $t4, e39$v;
    offset = 1;
    dict = $alloc_scratch(8, 24, 4);
    xs$2e_1 = xs;
    size = 8 + (((($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 8);
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 5);
    }
    list = $alloc_scratch(8, size | 0, 5);
    len = 0;
    n = ($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_1 = 0;
    block5: {
      each6: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_1 >>> 0) >= (n >>> 0)) break block5;
        x = ($a = (((xs$2e_1 + ((k$2e_1 * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        x$2e_1 = x;
        $t0 = (list + ((len * 8) | 0)) | 0;
        $t1 = typeof x$2e_1 === "number" && typeof k === "number" && $safe($r = x$2e_1 * k) ? $r + 0 : $i64_mul_checked(x$2e_1, k, 7);
        $w = ($t0 >>> 0) + 8;
        $v = typeof $t1 === "number" && $safe($r = $t1 + offset) ? $r : $i64_add_checked($t1, offset, 6);
        if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
        $i64_split($v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
        len = (len + 1) | 0;
        k$2e_1 = (k$2e_1 + 1) | 0;
        continue each6;
      }
    }
    $w = list >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    scaled = list;
    $w = dict >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, scaled, true);
    xs$2e_2 = xs;
    size$2e_1 = 8 + (((($a = xs$2e_2 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 8);
    if (size$2e_1 > 2147483647) {
      $trap("MemoryLimitExceeded", 8);
    }
    list$2e_1 = $alloc_scratch(8, size$2e_1 | 0, 8);
    len$2e_1 = 0;
    n$2e_1 = ($a = xs$2e_2 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_2 = 0;
    block14: {
      each15: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_2 >>> 0) >= (n$2e_1 >>> 0)) break block14;
        x$2e_2 = ($a = (((xs$2e_2 + ((k$2e_2 * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        x$2e_3 = x$2e_2;
        if ((typeof x$2e_3 === "number" ? x$2e_3 % 2 + 0 : $i64_rem_s(x$2e_3, 2, 10)) === 0) {
          $w = (((list$2e_1 + ((len$2e_1 * 8) | 0)) | 0) >>> 0) + 8;
          if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
          $i64_split(x$2e_2); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
          len$2e_1 = (len$2e_1 + 1) | 0;
        }
        k$2e_2 = (k$2e_2 + 1) | 0;
        continue each15;
      }
    }
    $w = list$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_1, true);
    evens = list$2e_1;
    $w = (dict >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, evens, true);
    xs$2e_3 = xs;
    acc = 0;
    n$2e_2 = ($a = xs$2e_3 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_3 = 0;
    block24: {
      each25: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_3 >>> 0) >= (n$2e_2 >>> 0)) break block24;
        x$2e_4 = ($a = (((xs$2e_3 + ((k$2e_3 * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        acc$2e_1 = acc;
        x$2e_5 = x$2e_4;
        acc = typeof acc$2e_1 === "number" && typeof x$2e_5 === "number" && $safe($r = acc$2e_1 + x$2e_5) ? $r : $i64_add_checked(acc$2e_1, x$2e_5, 12);
        k$2e_3 = (k$2e_3 + 1) | 0;
        continue each25;
      }
    }
    total = acc;
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(total); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    lo = 0;
    hi = 3;
    if (hi > lo) {
      count = hi - lo;
    } else {
      count = 0;
    }
    if (((count < 0) ? 1 : 0) | ((count > 2147483647) ? 1 : 0)) {
      $trap("MemoryLimitExceeded", 13);
    }
    size$2e_2 = 4 + (((count | 0) >>> 0) * 4);
    if (size$2e_2 > 2147483647) {
      $trap("MemoryLimitExceeded", 14);
    }
    list$2e_2 = $alloc_scratch(4, size$2e_2 | 0, 14);
    len$2e_2 = 0;
    i = lo;
    block32: {
      range33: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if (i >= hi) break block32;
        i$2e_1 = i;
        $t2 = (list$2e_2 + ((len$2e_2 * 4) | 0)) | 0;
        env = $alloc_scratch(8, 8, 15);
        $w = env >>> 0;
        if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
        $i64_split(i$2e_1); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
        closure = $alloc_scratch(4, 8, 15);
        $w = closure >>> 0;
        $v = 0;
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, $v, true);
        $w = (closure >>> 0) + 4;
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, env, true);
        e34$v = closure;
        $w = ($t2 >>> 0) + 4;
        $v = e34$v;
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, $v, true);
        len$2e_2 = (len$2e_2 + 1) | 0;
        i = typeof i === "number" && $safe($r = i + 1) ? $r : $i64_add(i, 1);
        continue range33;
      }
    }
    $w = list$2e_2 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_2, true);
    adders = list$2e_2;
    $w = (dict >>> 0) + 16;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, adders, true);
    xs$2e_4 = adders;
    size$2e_3 = 8 + (((($a = xs$2e_4 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 8);
    if (size$2e_3 > 2147483647) {
      $trap("MemoryLimitExceeded", 16);
    }
    list$2e_3 = $alloc_scratch(8, size$2e_3 | 0, 16);
    len$2e_3 = 0;
    n$2e_3 = ($a = xs$2e_4 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_4 = 0;
    block37: {
      each38: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_4 >>> 0) >= (n$2e_3 >>> 0)) break block37;
        x$2e_6 = ($a = (((xs$2e_4 + ((k$2e_4 * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        f = x$2e_6;
        $t4 = (list$2e_3 + ((len$2e_3 * 8) | 0)) | 0;
        arg = k;
        callee = f;
        e39$v = $call_indirect_0(($a = (callee >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true), arg, ($a = callee >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true), 17);
        $w = ($t4 >>> 0) + 8;
        $v = e39$v;
        if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
        $i64_split($v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
        len$2e_3 = (len$2e_3 + 1) | 0;
        k$2e_4 = (k$2e_4 + 1) | 0;
        continue each38;
      }
    }
    $w = list$2e_3 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_3, true);
    applied = list$2e_3;
    $w = (dict >>> 0) + 20;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, applied, true);
    result = dict;
    result$2e_1 = result;
    json_start = $output_ptr | 0;
    json_end = $call_codec$2e_enc$2e_record$2e_0(result$2e_1, json_start, 0, 0);
    if (json_end === (-2)) {
      $trap("NonFiniteFloat", 18);
    }
    if (json_end === (-1)) {
      $trap("MemoryLimitExceeded", 18);
    }
    $output_ptr = json_end >>> 0;
    return (json_end - json_start) | 0;
  }

  // (func $fn.adders.lambda (param $env i32) (param $v i64) (result i64))
  function fn$2e_adders$2e_lambda(env, v) {
    let $r, $a, $t0;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    $t0 = ($a = env >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    return typeof v === "number" && typeof $t0 === "number" && $safe($r = v + $t0) ? $r : $i64_add_checked(v, $t0, 19);
  }
