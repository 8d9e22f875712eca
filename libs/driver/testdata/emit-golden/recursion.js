// From libs/driver/testdata/emit-golden/recursion.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js libs/driver/testdata/emit-golden/recursion.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (88):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_dec$2e_int$2e_0
//   codec$2e_skip
//   codec$2e_dec$2e_list$2e_1
//   main$2e_args
//   rt$2e_u64_digits
//   rt$2e_u64_write_back
//   rt$2e_int_write
//   codec$2e_write_int
//   codec$2e_enc$2e_int$2e_2
//   codec$2e_enc$2e_list$2e_1
//   codec$2e_enc$2e_bool$2e_4
//   codec$2e_enc$2e_list$2e_3
//   codec$2e_enc$2e_record$2e_0
//   main
//   main$tail
//   fn$2e_fib
//   fn$2e_is_even
//   fn$2e_is_odd
//   fn$2e_sum_from
//   $call_codec$2e_hex4
//   $call_rt$2e_utf8_valid
//   $call_codec$2e_str_check
//   $call_codec$2e_num_end
//   $call_codec$2e_json_valid
//   $call_codec$2e_str_end
//   $call_codec$2e_str_unescape
//   $call_codec$2e_dec$2e_int$2e_0
//   $call_codec$2e_skip
//   $call_codec$2e_dec$2e_list$2e_1
//   $call_main$2e_args
//   $call_rt$2e_u64_digits
//   $call_rt$2e_u64_write_back
//   $call_rt$2e_int_write
//   $call_codec$2e_write_int
//   $call_codec$2e_enc$2e_int$2e_2
//   $call_codec$2e_enc$2e_list$2e_1
//   $call_codec$2e_enc$2e_bool$2e_4
//   $call_codec$2e_enc$2e_list$2e_3
//   $call_codec$2e_enc$2e_record$2e_0
//   $call_fn$2e_fib
//   $call_fn$2e_is_even
//   $call_fn$2e_is_odd
//   $call_fn$2e_sum_from
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
// The program's 6 function(s):

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
    arg1_cell = $alloc_scratch(4, 4, 0);
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
            if ((($a = args_kp >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 110) {
              args_c = 0;
              break match5;
            }
          }
          if (args_klen === 2) {
            if ((($a = args_kp >>> 0) + 2 > $size ? $fault(0) : $dv.getUint16($a, true)) === 29560) {
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
            args_r = $call_codec$2e_dec$2e_list$2e_1(args_pos, args_end, arg1_cell, 0);
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
    arg$2e_1 = ($a = arg1_cell >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if (args_unexpected) {
      $trap("UnexpectedMainArg", 1);
    }
    args_out = $alloc_scratch(8, 16, 1);
    $w = args_out >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(arg); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $w = (args_out >>> 0) + 8;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, arg$2e_1, true);
    return args_out;
  }

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let args = 0, n = 0, xs = 0;
    let $a;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    n = ($a = args >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    xs = ($a = (args >>> 0) + 8) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    return main$tail(input_offset, input_len, output_offset, output_cap, args, n, xs);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, n, xs) {
    let dict = 0, closure = 0, closure$2e_1 = 0, closure$2e_2 = 0, closure$2e_3 = 0, lo = 0, hi = 0, count = 0, size = 0, list = 0, len = 0, i = 0, i$2e_1 = 0, fibs = 0, lo$2e_1 = 0, hi$2e_1 = 0, count$2e_1 = 0, size$2e_1 = 0, list$2e_1 = 0, len$2e_1 = 0, i$2e_2 = 0, i$2e_3 = 0, parity = 0, total = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $r, $w, $v;
    dict = $alloc_scratch(8, 36, 4);
    $w = (dict >>> 0) + 32;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, xs, true);
    closure = $alloc_scratch(4, 8, 5);
    $w = closure >>> 0;
    $v = 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, $v, true);
    $w = (closure >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, 0, true);
    $w = dict >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, closure, true);
    closure$2e_1 = $alloc_scratch(4, 8, 6);
    $w = closure$2e_1 >>> 0;
    $v = 1;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, $v, true);
    $w = (closure$2e_1 >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, 0, true);
    $w = (dict >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, closure$2e_1, true);
    closure$2e_2 = $alloc_scratch(4, 8, 7);
    $w = closure$2e_2 >>> 0;
    $v = 2;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, $v, true);
    $w = (closure$2e_2 >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, 0, true);
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, closure$2e_2, true);
    closure$2e_3 = $alloc_scratch(4, 8, 8);
    $w = closure$2e_3 >>> 0;
    $v = 3;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, $v, true);
    $w = (closure$2e_3 >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, dict, true);
    $w = (dict >>> 0) + 12;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, closure$2e_3, true);
    lo = 0;
    hi = n;
    if (hi > lo) {
      count = typeof hi === "number" && $safe($r = hi - lo) ? $r : $i64_sub(hi, lo);
    } else {
      count = 0;
    }
    if (((count < 0) ? 1 : 0) | ((count > 2147483647) ? 1 : 0)) {
      $trap("MemoryLimitExceeded", 9);
    }
    size = 8 + (($i32_wrap_i64(count) >>> 0) * 8);
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 10);
    }
    list = $alloc_scratch(8, size | 0, 10);
    len = 0;
    i = lo;
    block4: {
      range5: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if (i >= hi) break block4;
        i$2e_1 = i;
        $w = (((list + ((len * 8) | 0)) | 0) >>> 0) + 8;
        $v = $call_fn$2e_fib(0, i$2e_1, 11);
        if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
        $i64_split($v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
        len = (len + 1) | 0;
        i = typeof i === "number" && $safe($r = i + 1) ? $r : $i64_add(i, 1);
        continue range5;
      }
    }
    $w = list >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    fibs = list;
    $w = (dict >>> 0) + 16;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, fibs, true);
    lo$2e_1 = 0;
    hi$2e_1 = n;
    if (hi$2e_1 > lo$2e_1) {
      count$2e_1 = typeof hi$2e_1 === "number" && $safe($r = hi$2e_1 - lo$2e_1) ? $r : $i64_sub(hi$2e_1, lo$2e_1);
    } else {
      count$2e_1 = 0;
    }
    if (((count$2e_1 < 0) ? 1 : 0) | ((count$2e_1 > 2147483647) ? 1 : 0)) {
      $trap("MemoryLimitExceeded", 12);
    }
    size$2e_1 = 4 + (($i32_wrap_i64(count$2e_1) >>> 0) * 1);
    if (size$2e_1 > 2147483647) {
      $trap("MemoryLimitExceeded", 13);
    }
    list$2e_1 = $alloc_scratch(4, size$2e_1 | 0, 13);
    len$2e_1 = 0;
    i$2e_2 = lo$2e_1;
    block11: {
      range12: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if (i$2e_2 >= hi$2e_1) break block11;
        i$2e_3 = i$2e_2;
        $w = (((list$2e_1 + ((len$2e_1 * 1) | 0)) | 0) >>> 0) + 4;
        $v = $call_fn$2e_is_even(0, i$2e_3, 14);
        if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
        $dv.setUint8($w, $v & 0xff);
        len$2e_1 = (len$2e_1 + 1) | 0;
        i$2e_2 = typeof i$2e_2 === "number" && $safe($r = i$2e_2 + 1) ? $r : $i64_add(i$2e_2, 1);
        continue range12;
      }
    }
    $w = list$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_1, true);
    parity = list$2e_1;
    $w = (dict >>> 0) + 20;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, parity, true);
    total = $call_fn$2e_sum_from(dict, 0, 15);
    $w = (dict >>> 0) + 24;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(total); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
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

  // (func $fn.fib (param $env i32) (param $k i64) (result i64))
  function fn$2e_fib(env, k) {
    let env$2e_in1 = 0, k$2e_in1 = 0, env$2e_in2 = 0, k$2e_in2 = 0;
    let $r, fn$2e_fib$2e_args$2e_in1$v, $t1, $t2, $t3, fn$2e_fib$2e_args$2e_in2$v, $t5, $t6, $t7;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    if (k < 2) {
      return k;
    } else {
      env$2e_in1 = 0;
      k$2e_in1 = typeof k === "number" && $safe($r = k - 1) ? $r : $i64_sub_checked(k, 1, 18);
      if ($depth >= $MAX_CALL_DEPTH) $trap("MemoryLimitExceeded", 19);
      $depth++;
      if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
      if (k$2e_in1 < 2) {
        fn$2e_fib$2e_args$2e_in1$v = k$2e_in1;
      } else {
        $t1 = $call_fn$2e_fib(0, typeof k$2e_in1 === "number" && $safe($r = k$2e_in1 - 1) ? $r : $i64_sub_checked(k$2e_in1, 1, 18), 19);
        $t2 = $call_fn$2e_fib(0, typeof k$2e_in1 === "number" && $safe($r = k$2e_in1 - 2) ? $r : $i64_sub_checked(k$2e_in1, 2, 20), 21);
        fn$2e_fib$2e_args$2e_in1$v = typeof $t1 === "number" && typeof $t2 === "number" && $safe($r = $t1 + $t2) ? $r : $i64_add_checked($t1, $t2, 17);
      }
      $depth--;
      $t3 = fn$2e_fib$2e_args$2e_in1$v;
      env$2e_in2 = 0;
      k$2e_in2 = typeof k === "number" && $safe($r = k - 2) ? $r : $i64_sub_checked(k, 2, 20);
      if ($depth >= $MAX_CALL_DEPTH) $trap("MemoryLimitExceeded", 21);
      $depth++;
      if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
      if (k$2e_in2 < 2) {
        fn$2e_fib$2e_args$2e_in2$v = k$2e_in2;
      } else {
        $t5 = $call_fn$2e_fib(0, typeof k$2e_in2 === "number" && $safe($r = k$2e_in2 - 1) ? $r : $i64_sub_checked(k$2e_in2, 1, 18), 19);
        $t6 = $call_fn$2e_fib(0, typeof k$2e_in2 === "number" && $safe($r = k$2e_in2 - 2) ? $r : $i64_sub_checked(k$2e_in2, 2, 20), 21);
        fn$2e_fib$2e_args$2e_in2$v = typeof $t5 === "number" && typeof $t6 === "number" && $safe($r = $t5 + $t6) ? $r : $i64_add_checked($t5, $t6, 17);
      }
      $depth--;
      $t7 = fn$2e_fib$2e_args$2e_in2$v;
      return typeof $t3 === "number" && typeof $t7 === "number" && $safe($r = $t3 + $t7) ? $r : $i64_add_checked($t3, $t7, 17);
    }
  }

  // (func $fn.is_even (param $env i32) (param $k i64) (result i32))
  function fn$2e_is_even(env, k) {
    let $r;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    if (k === 0) {
      return 1;
    } else {
      return $call_fn$2e_is_odd(0, typeof k === "number" && $safe($r = k - 1) ? $r : $i64_sub_checked(k, 1, 23), 24);
    }
  }

  // (func $fn.is_odd (param $env i32) (param $k i64) (result i32))
  function fn$2e_is_odd(env, k) {
    let $r;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    if (k === 0) {
      return 0;
    } else {
      return $call_fn$2e_is_even(0, typeof k === "number" && $safe($r = k - 1) ? $r : $i64_sub_checked(k, 1, 26), 27);
    }
  }

  // (func $fn.sum_from (param $env i32) (param $i i64) (result i64))
  function fn$2e_sum_from(env, i) {
    let xs = 0, xs$2e_1 = 0, i$2e_1 = 0, env$2e_in1 = 0, i$2e_in1 = 0, xs$2e_in1 = 0, xs$2e_1$2e_in1 = 0, i$2e_1$2e_in1 = 0;
    let $r, $a, e3$v, e7$v, $t2, fn$2e_sum_from$2e_args$2e_in1$v, e3$2e_in1$v, e7$2e_in1$v, $t6, $t7, $t8;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    xs = ($a = (env >>> 0) + 32) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    e3$v = (($a = xs >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0;
    if (i >= e3$v) {
      return 0;
    } else {
      xs$2e_1 = ($a = (env >>> 0) + 32) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
      i$2e_1 = i;
      if ($i64_ge_u(i$2e_1, (($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(31) : $dv.getInt32($a, true)) >>> 0)) {
        $trap("IndexOutOfBounds", 31);
      }
      e7$v = ($a = (((xs$2e_1 + (($i32_wrap_i64(i$2e_1) * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
      $t2 = e7$v;
      env$2e_in1 = env;
      i$2e_in1 = typeof i === "number" && $safe($r = i + 1) ? $r : $i64_add_checked(i, 1, 32);
      xs$2e_in1 = 0;
      xs$2e_1$2e_in1 = 0;
      i$2e_1$2e_in1 = 0;
      if ($depth >= $MAX_CALL_DEPTH) $trap("MemoryLimitExceeded", 33);
      $depth++;
      if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
      xs$2e_in1 = ($a = (env$2e_in1 >>> 0) + 32) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
      e3$2e_in1$v = (($a = xs$2e_in1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0;
      if (i$2e_in1 >= e3$2e_in1$v) {
        fn$2e_sum_from$2e_args$2e_in1$v = 0;
      } else {
        xs$2e_1$2e_in1 = ($a = (env$2e_in1 >>> 0) + 32) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        i$2e_1$2e_in1 = i$2e_in1;
        if ($i64_ge_u(i$2e_1$2e_in1, (($a = xs$2e_1$2e_in1 >>> 0) + 4 > $size ? $fault(31) : $dv.getInt32($a, true)) >>> 0)) {
          $trap("IndexOutOfBounds", 31);
        }
        e7$2e_in1$v = ($a = (((xs$2e_1$2e_in1 + (($i32_wrap_i64(i$2e_1$2e_in1) * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        $t6 = e7$2e_in1$v;
        $t7 = $call_fn$2e_sum_from(env$2e_in1, typeof i$2e_in1 === "number" && $safe($r = i$2e_in1 + 1) ? $r : $i64_add_checked(i$2e_in1, 1, 32), 33);
        fn$2e_sum_from$2e_args$2e_in1$v = typeof $t6 === "number" && typeof $t7 === "number" && $safe($r = $t6 + $t7) ? $r : $i64_add_checked($t6, $t7, 30);
      }
      $depth--;
      $t8 = fn$2e_sum_from$2e_args$2e_in1$v;
      return typeof $t2 === "number" && typeof $t8 === "number" && $safe($r = $t2 + $t8) ? $r : $i64_add_checked($t2, $t8, 30);
    }
  }
