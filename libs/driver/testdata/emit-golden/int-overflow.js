// From libs/driver/testdata/emit-golden/int-overflow.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js libs/driver/testdata/emit-golden/int-overflow.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (80):
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
//   codec$2e_enc$2e_int$2e_1
//   codec$2e_enc$2e_list$2e_2
//   codec$2e_enc$2e_record$2e_0
//   main
//   main$tail
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
//   $call_codec$2e_enc$2e_int$2e_1
//   $call_codec$2e_enc$2e_list$2e_2
//   $call_codec$2e_enc$2e_record$2e_0
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
//   $i64_neg_checked
//   $i64_div_s
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
// The program's 2 function(s):

  // (func $main.args (param $input_offset i32) (param $input_len i32) (result i32)) — entry fuel charged by $call_main$2e_args
  function main$2e_args(input_offset, input_len) {
    let args = 0, args_end = 0, args_pos = 0, args_kp = 0, args_klen = 0, args_mark = 0, args_c = 0, args_unexpected = 0, args_r = 0, arg0_cell = 0, arg1_cell = 0, arg2_cell = 0, arg0_state = 0, arg1_state = 0, arg2_state = 0, ws = 0, kr = 0, kq = 0, arg = 0, arg$2e_1 = 0, arg$2e_2 = 0, args_out = 0;
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
    arg2_cell = $alloc_scratch(4, 4, 0);
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
            if ((($a = args_kp >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 97) {
              args_c = 0;
              break match5;
            }
          }
          if (args_klen === 1) {
            if ((($a = args_kp >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 98) {
              args_c = 1;
              break match5;
            }
          }
          if (args_klen === 2) {
            if ((($a = args_kp >>> 0) + 2 > $size ? $fault(0) : $dv.getUint16($a, true)) === 29560) {
              args_c = 2;
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
                case14: {
                  switch (args_c) {
                    case 0: break case14;
                    case 1: break case13;
                    case 2: break case12;
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
            args_r = $call_codec$2e_dec$2e_list$2e_1(args_pos, args_end, arg2_cell, 0);
            if (args_r < 0) {
              arg2_state = 2;
              $scratch_ptr = args_mark >>> 0;
              args_pos = $call_codec$2e_skip(args_pos, args_end, 0);
            } else {
              arg2_state = 1;
              args_pos = args_r;
            }
            break switch10;
          }
          args_unexpected = 1;
          args_pos = $call_codec$2e_skip(args_pos, args_end, 0);
        }
        ws_done15: {
          ws16: for (;;) {
            if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
            if ((args_pos >>> 0) >= (args_end >>> 0)) break ws_done15;
            ws = ($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a);
            if (!((ws >>> 0) <= (32 >>> 0))) break ws_done15;
            args_pos = (args_pos + 1) | 0;
            continue ws16;
          }
        }
        args_c = ($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a);
        args_pos = (args_pos + 1) | 0;
        if (args_c === 44) {
          ws_done17: {
            ws18: for (;;) {
              if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
              if ((args_pos >>> 0) >= (args_end >>> 0)) break ws_done17;
              ws = ($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a);
              if (!((ws >>> 0) <= (32 >>> 0))) break ws_done17;
              args_pos = (args_pos + 1) | 0;
              continue ws18;
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
    if (arg2_state === 0) {
      $trap("MissingMainArg", 4);
    }
    if (arg2_state === 2) {
      $trap("MainArgTypeMismatch", 4);
    }
    arg$2e_2 = ($a = arg2_cell >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if (args_unexpected) {
      $trap("UnexpectedMainArg", 1);
    }
    args_out = $alloc_scratch(8, 24, 1);
    $w = args_out >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(arg); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $w = (args_out >>> 0) + 8;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(arg$2e_1); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $w = (args_out >>> 0) + 16;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, arg$2e_2, true);
    return args_out;
  }

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let args = 0, a = 0, b = 0, xs = 0;
    let $a;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    a = ($a = args >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    b = ($a = (args >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    xs = ($a = (args >>> 0) + 16) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    return main$tail(input_offset, input_len, output_offset, output_cap, args, a, b, xs);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, a, b, xs) {
    let dict = 0, add = 0, sub = 0, mul = 0, div = 0, rem = 0, neg = 0, x = 0, magnitude = 0, near_max = 0, xs$2e_1 = 0, sum = 0, n = 0, k = 0, x$2e_1 = 0, total = 0, xs$2e_2 = 0, acc = 0, n$2e_1 = 0, k$2e_1 = 0, x$2e_2 = 0, acc$2e_1 = 0, v = 0, product = 0, lo = 0, hi = 0, count = 0, size = 0, list = 0, len = 0, i = 0, i$2e_1 = 0, ramp = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $r, $a, $w, $v;
    dict = $alloc_scratch(8, 88, 5);
    add = typeof a === "number" && typeof b === "number" && $safe($r = a + b) ? $r : $i64_add_checked(a, b, 6);
    $w = dict >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(add); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    sub = typeof a === "number" && typeof b === "number" && $safe($r = a - b) ? $r : $i64_sub_checked(a, b, 7);
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(sub); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    mul = typeof a === "number" && typeof b === "number" && $safe($r = a * b) ? $r + 0 : $i64_mul_checked(a, b, 8);
    $w = (dict >>> 0) + 16;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(mul); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    div = typeof a === "number" && typeof b === "number" && b !== 0 ? (a - a % b) / b + 0 : $i64_div_s(a, b, 9);
    $w = (dict >>> 0) + 24;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(div); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    rem = typeof a === "number" && typeof b === "number" && b !== 0 ? a % b + 0 : $i64_rem_s(a, b, 10);
    $w = (dict >>> 0) + 32;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(rem); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    neg = $i64_neg_checked(a, 11);
    $w = (dict >>> 0) + 40;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(neg); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    x = b;
    if (x < 0) {
      magnitude = $i64_neg_checked(x, 12);
    } else {
      magnitude = x;
    }
    $w = (dict >>> 0) + 48;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(magnitude); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    near_max = typeof 9223372036854775807n === "number" && typeof a === "number" && $safe($r = 9223372036854775807n - a) ? $r : $i64_sub_checked(9223372036854775807n, a, 13);
    $w = (dict >>> 0) + 56;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(near_max); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    xs$2e_1 = xs;
    sum = 0;
    n = ($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k = 0;
    block25: {
      each26: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k >>> 0) >= (n >>> 0)) break block25;
        x$2e_1 = ($a = (((xs$2e_1 + ((k * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        sum = typeof sum === "number" && typeof x$2e_1 === "number" && $safe($r = sum + x$2e_1) ? $r : $i64_add_checked(sum, x$2e_1, 14);
        k = (k + 1) | 0;
        continue each26;
      }
    }
    total = sum;
    $w = (dict >>> 0) + 64;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(total); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    xs$2e_2 = xs;
    acc = 1;
    n$2e_1 = ($a = xs$2e_2 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_1 = 0;
    block30: {
      each31: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_1 >>> 0) >= (n$2e_1 >>> 0)) break block30;
        x$2e_2 = ($a = (((xs$2e_2 + ((k$2e_1 * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        acc$2e_1 = acc;
        v = x$2e_2;
        acc = typeof acc$2e_1 === "number" && typeof v === "number" && $safe($r = acc$2e_1 * v) ? $r + 0 : $i64_mul_checked(acc$2e_1, v, 16);
        k$2e_1 = (k$2e_1 + 1) | 0;
        continue each31;
      }
    }
    product = acc;
    $w = (dict >>> 0) + 72;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(product); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    lo = a;
    hi = typeof a === "number" && $safe($r = a + 4) ? $r : $i64_add_checked(a, 4, 18);
    if (hi > lo) {
      count = typeof hi === "number" && typeof lo === "number" && $safe($r = hi - lo) ? $r : $i64_sub(hi, lo);
    } else {
      count = 0;
    }
    if (((count < 0) ? 1 : 0) | ((count > 2147483647) ? 1 : 0)) {
      $trap("MemoryLimitExceeded", 19);
    }
    size = 8 + (($i32_wrap_i64(count) >>> 0) * 8);
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 17);
    }
    list = $alloc_scratch(8, size | 0, 17);
    len = 0;
    i = lo;
    block40: {
      range41: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if (i >= hi) break block40;
        i$2e_1 = i;
        $w = (((list + ((len * 8) | 0)) | 0) >>> 0) + 8;
        $v = typeof i$2e_1 === "number" && $safe($r = i$2e_1 * i$2e_1) ? $r + 0 : $i64_mul_checked(i$2e_1, i$2e_1, 20);
        if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
        $i64_split($v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
        len = (len + 1) | 0;
        i = typeof i === "number" && $safe($r = i + 1) ? $r : $i64_add(i, 1);
        continue range41;
      }
    }
    $w = list >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    ramp = list;
    $w = (dict >>> 0) + 80;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, ramp, true);
    result = dict;
    result$2e_1 = result;
    json_start = $output_ptr | 0;
    json_end = $call_codec$2e_enc$2e_record$2e_0(result$2e_1, json_start, 0, 0);
    if (json_end === (-2)) {
      $trap("NonFiniteFloat", 5);
    }
    if (json_end === (-1)) {
      $trap("MemoryLimitExceeded", 5);
    }
    $output_ptr = json_end >>> 0;
    return (json_end - json_start) | 0;
  }
