// From libs/driver/testdata/emit-golden/float-math.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js libs/driver/testdata/emit-golden/float-math.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (132):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   rt$2e_parse_eisel_lemire
//   rt$2e_decimal_shr
//   rt$2e_decimal_shl
//   rt$2e_decimal_round
//   rt$2e_parse_float_slow
//   rt$2e_parse_float
//   codec$2e_dec$2e_float$2e_0
//   codec$2e_skip
//   codec$2e_dec$2e_list$2e_1
//   main$2e_args
//   rt$2e_fmod
//   rt$2e_pow_positive
//   rt$2e_pow
//   rt$2e_mul_shift_64
//   rt$2e_pow5_factor_at_least
//   rt$2e_u64_digits
//   rt$2e_u64_write_back
//   rt$2e_f64_shortest
//   rt$2e_float_json_write
//   codec$2e_write_float
//   codec$2e_enc$2e_float$2e_2
//   codec$2e_enc$2e_list$2e_1
//   rt$2e_int_write
//   codec$2e_write_int
//   codec$2e_enc$2e_int$2e_4
//   codec$2e_enc$2e_list$2e_3
//   codec$2e_enc$2e_record$2e_0
//   codec$2e_nonfinite$2e_float$2e_1
//   codec$2e_nonfinite$2e_list$2e_2
//   codec$2e_nonfinite$2e_record$2e_0
//   main
//   main$tail
//   $call_codec$2e_hex4
//   $call_rt$2e_utf8_valid
//   $call_codec$2e_str_check
//   $call_codec$2e_num_end
//   $call_codec$2e_json_valid
//   $call_codec$2e_str_end
//   $call_codec$2e_str_unescape
//   $call_rt$2e_parse_eisel_lemire
//   $call_rt$2e_decimal_shr
//   $call_rt$2e_decimal_shl
//   $call_rt$2e_decimal_round
//   $call_rt$2e_parse_float_slow
//   $call_rt$2e_parse_float
//   $call_codec$2e_dec$2e_float$2e_0
//   $call_codec$2e_skip
//   $call_codec$2e_dec$2e_list$2e_1
//   $call_main$2e_args
//   $call_rt$2e_fmod
//   $call_rt$2e_pow_positive
//   $call_rt$2e_pow
//   $call_rt$2e_mul_shift_64
//   $call_rt$2e_pow5_factor_at_least
//   $call_rt$2e_u64_digits
//   $call_rt$2e_u64_write_back
//   $call_rt$2e_f64_shortest
//   $call_rt$2e_float_json_write
//   $call_codec$2e_write_float
//   $call_codec$2e_enc$2e_float$2e_2
//   $call_codec$2e_enc$2e_list$2e_1
//   $call_rt$2e_int_write
//   $call_codec$2e_write_int
//   $call_codec$2e_enc$2e_int$2e_4
//   $call_codec$2e_enc$2e_list$2e_3
//   $call_codec$2e_enc$2e_record$2e_0
//   $call_codec$2e_nonfinite$2e_float$2e_1
//   $call_codec$2e_nonfinite$2e_list$2e_2
//   $call_codec$2e_nonfinite$2e_record$2e_0
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
//   $i64_split
//   $i64_join
//   $i64_shift_count
//   $i64_add
//   $i64_sub
//   $i64_mul
//   $i64_div_u
//   $i64_rem_u
//   $i64_and
//   $i64_or
//   $i64_shl
//   $i64_shr_u
//   $i64_clz
//   $i64_lt_u
//   $i64_gt_u
//   $i64_le_u
//   $i64_ge_u
//   $i32_wrap_i64
//   $f64_convert_i64_s
//   $f64_convert_i64_u
//   $i64_trunc_sat_f64_s
//   $i64_reinterpret_f64
//   $f64_reinterpret_i64
//   $i32_div_u
//   $f64_div_checked
//   $f64_sqrt
//   $f64_floor
//   $f64_ceil
//   $f64_abs
//   $f64_nearest
//   $f64_copysign
//   $i32_trunc_sat_f64_s
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
                args_r = $call_codec$2e_dec$2e_float$2e_0(args_pos, args_end, arg0_cell, 0);
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
              args_r = $call_codec$2e_dec$2e_float$2e_0(args_pos, args_end, arg1_cell, 0);
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
    arg = ($a = arg0_cell >>> 0) + 8 > $size ? $fault(0) : $dv.getFloat64($a, true);
    if (arg1_state === 0) {
      $trap("MissingMainArg", 3);
    }
    if (arg1_state === 2) {
      $trap("MainArgTypeMismatch", 3);
    }
    arg$2e_1 = ($a = arg1_cell >>> 0) + 8 > $size ? $fault(0) : $dv.getFloat64($a, true);
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
    if (arg !== arg) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, arg, true);
    $w = (args_out >>> 0) + 8;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (arg$2e_1 !== arg$2e_1) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, arg$2e_1, true);
    $w = (args_out >>> 0) + 16;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, arg$2e_2, true);
    return args_out;
  }

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let args = 0, x = 0, y = 0, xs = 0;
    let $a;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    x = ($a = args >>> 0) + 8 > $size ? $fault(0) : $dv.getFloat64($a, true);
    y = ($a = (args >>> 0) + 8) + 8 > $size ? $fault(0) : $dv.getFloat64($a, true);
    xs = ($a = (args >>> 0) + 16) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    return main$tail(input_offset, input_len, output_offset, output_cap, args, x, y, xs);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, x, y, xs) {
    let dict = 0, sum = 0, diff = 0, prod = 0, quot = 0, x$2e_1 = 0, y$2e_1 = 0, rem = 0, root = 0, power = 0, item = 0, item$2e_1 = 0, item$2e_2 = 0, item$2e_3 = 0, size = 0, list = 0, len = 0, rounded = 0, a = 0, b = 0, item$2e_4 = 0, a$2e_1 = 0, b$2e_1 = 0, item$2e_5 = 0, v = 0, lo = 0, hi = 0, item$2e_6 = 0, item$2e_7 = 0, size$2e_1 = 0, list$2e_1 = 0, len$2e_1 = 0, bounds = 0, mixed = 0, xs$2e_1 = 0, sum$2e_1 = 0, n = 0, k = 0, x$2e_2 = 0, total = 0, xs$2e_2 = 0, sum$2e_2 = 0, n$2e_1 = 0, k$2e_1 = 0, x$2e_3 = 0, xs$2e_3 = 0, mean = 0, xs$2e_4 = 0, best = 0, first = 0, n$2e_2 = 0, k$2e_2 = 0, x$2e_4 = 0, x$2e_5 = 0, largest = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $a, $w, e54$v, $t1, e59$v;
    dict = $alloc_scratch(8, 96, 5);
    sum = x + y;
    $w = dict >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (sum !== sum) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, sum, true);
    diff = x - y;
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (diff !== diff) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, diff, true);
    prod = x * y;
    $w = (dict >>> 0) + 16;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (prod !== prod) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, prod, true);
    quot = $f64_div_checked(x, y, 9);
    $w = (dict >>> 0) + 24;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (quot !== quot) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, quot, true);
    x$2e_1 = x;
    y$2e_1 = y;
    if (y$2e_1 === 0) {
      $trap("DivisionByZero", 10);
    }
    rem = $call_rt$2e_fmod(x$2e_1, y$2e_1, 10);
    $w = (dict >>> 0) + 32;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (rem !== rem) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, rem, true);
    root = $f64_sqrt(x);
    $w = (dict >>> 0) + 40;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (root !== root) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, root, true);
    power = $call_rt$2e_pow(x, 2, 12);
    $w = (dict >>> 0) + 48;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (power !== power) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, power, true);
    item = $i64_trunc_sat_f64_s($f64_floor(x));
    item$2e_1 = $i64_trunc_sat_f64_s($f64_ceil(x));
    item$2e_2 = $i64_trunc_sat_f64_s($f64_nearest(x));
    item$2e_3 = -2;
    size = 40;
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 13);
    }
    list = $alloc_scratch(8, size | 0, 13);
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
    $w = ((((list + 8) | 0) + ((len * 8) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(item$2e_3); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    len = (len + 1) | 0;
    $w = list >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    rounded = list;
    $w = (dict >>> 0) + 56;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, rounded, true);
    a = x;
    b = y;
    item$2e_4 = (a < b) ? a : b;
    a$2e_1 = x;
    b$2e_1 = y;
    item$2e_5 = (a$2e_1 > b$2e_1) ? a$2e_1 : b$2e_1;
    v = x;
    lo = 0;
    hi = 1;
    item$2e_6 = $select(lo, (v > hi) ? hi : v, (v < lo) ? 1 : 0);
    item$2e_7 = $f64_abs(-y);
    size$2e_1 = 40;
    if (size$2e_1 > 2147483647) {
      $trap("MemoryLimitExceeded", 18);
    }
    list$2e_1 = $alloc_scratch(8, size$2e_1 | 0, 18);
    len$2e_1 = 0;
    $w = ((((list$2e_1 + 8) | 0) + ((len$2e_1 * 8) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (item$2e_4 !== item$2e_4) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, item$2e_4, true);
    len$2e_1 = (len$2e_1 + 1) | 0;
    $w = ((((list$2e_1 + 8) | 0) + ((len$2e_1 * 8) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (item$2e_5 !== item$2e_5) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, item$2e_5, true);
    len$2e_1 = (len$2e_1 + 1) | 0;
    $w = ((((list$2e_1 + 8) | 0) + ((len$2e_1 * 8) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (item$2e_6 !== item$2e_6) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, item$2e_6, true);
    len$2e_1 = (len$2e_1 + 1) | 0;
    $w = ((((list$2e_1 + 8) | 0) + ((len$2e_1 * 8) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (item$2e_7 !== item$2e_7) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, item$2e_7, true);
    len$2e_1 = (len$2e_1 + 1) | 0;
    $w = list$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_1, true);
    bounds = list$2e_1;
    $w = (dict >>> 0) + 60;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, bounds, true);
    mixed = (x * 2) + 0.5;
    $w = (dict >>> 0) + 64;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (mixed !== mixed) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, mixed, true);
    xs$2e_1 = xs;
    sum$2e_1 = 0;
    n = ($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k = 0;
    block51: {
      each52: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k >>> 0) >= (n >>> 0)) break block51;
        x$2e_2 = ($a = (((xs$2e_1 + ((k * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $dv.getFloat64($a, true);
        sum$2e_1 = sum$2e_1 + x$2e_2;
        k = (k + 1) | 0;
        continue each52;
      }
    }
    total = sum$2e_1;
    $w = (dict >>> 0) + 72;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (total !== total) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, total, true);
    xs$2e_2 = xs;
    sum$2e_2 = 0;
    n$2e_1 = ($a = xs$2e_2 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_1 = 0;
    block56: {
      each57: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_1 >>> 0) >= (n$2e_1 >>> 0)) break block56;
        x$2e_3 = ($a = (((xs$2e_2 + ((k$2e_1 * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $dv.getFloat64($a, true);
        sum$2e_2 = sum$2e_2 + x$2e_3;
        k$2e_1 = (k$2e_1 + 1) | 0;
        continue each57;
      }
    }
    e54$v = sum$2e_2;
    $t1 = e54$v;
    xs$2e_3 = xs;
    e59$v = (($a = xs$2e_3 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0;
    mean = $f64_div_checked($t1, $f64_convert_i64_s(e59$v), 26);
    $w = (dict >>> 0) + 80;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (mean !== mean) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, mean, true);
    xs$2e_4 = xs;
    if ((($a = xs$2e_4 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 0) {
      $trap("EmptyList", 29);
    }
    first = 1;
    n$2e_2 = ($a = xs$2e_4 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_2 = 0;
    block63: {
      each64: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_2 >>> 0) >= (n$2e_2 >>> 0)) break block63;
        x$2e_4 = ($a = (((xs$2e_4 + ((k$2e_2 * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $dv.getFloat64($a, true);
        x$2e_5 = x$2e_4;
        if (first | ((x$2e_5 > best) ? 1 : 0)) {
          best = x$2e_5;
          first = 0;
        }
        k$2e_2 = (k$2e_2 + 1) | 0;
        continue each64;
      }
    }
    largest = best;
    $w = (dict >>> 0) + 88;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (largest !== largest) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, largest, true);
    result = dict;
    result$2e_1 = result;
    json_start = $output_ptr | 0;
    json_end = $call_codec$2e_enc$2e_record$2e_0(result$2e_1, json_start, 0, 0);
    if (json_end === (-2)) {
      $trap("NonFiniteFloat", 5);
    }
    if (json_end === (-1)) {
      if ($call_codec$2e_nonfinite$2e_record$2e_0(result$2e_1, 0)) {
        $trap("NonFiniteFloat", 5);
      }
      $trap("MemoryLimitExceeded", 5);
    }
    $output_ptr = json_end >>> 0;
    return (json_end - json_start) | 0;
  }
