// From examples/sensor-report.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js examples/sensor-report.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (135):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_dec$2e_string$2e_3
//   rt$2e_parse_eisel_lemire
//   rt$2e_decimal_shr
//   rt$2e_decimal_shl
//   rt$2e_decimal_round
//   rt$2e_parse_float_slow
//   rt$2e_parse_float
//   codec$2e_dec$2e_float$2e_4
//   codec$2e_skip
//   codec$2e_dec$2e_fields$2e_2
//   codec$2e_dec$2e_record$2e_1
//   codec$2e_dec$2e_list$2e_0
//   main$2e_args
//   rt$2e_mem_eq
//   rt$2e_str_eq
//   rt$2e_mul_shift_64
//   rt$2e_pow5_factor_at_least
//   rt$2e_u64_digits
//   rt$2e_u64_write_back
//   rt$2e_f64_shortest
//   rt$2e_float_text_write
//   rt$2e_str_join
//   rt$2e_int_write
//   codec$2e_write_int
//   codec$2e_enc$2e_int$2e_1
//   rt$2e_float_json_write
//   codec$2e_write_float
//   codec$2e_enc$2e_float$2e_2
//   codec$2e_write_str
//   codec$2e_enc$2e_string$2e_3
//   codec$2e_enc$2e_record$2e_0
//   codec$2e_nonfinite$2e_float$2e_1
//   codec$2e_nonfinite$2e_record$2e_0
//   main
//   main$tail
//   fn$2e_to_celsius
//   $call_codec$2e_hex4
//   $call_rt$2e_utf8_valid
//   $call_codec$2e_str_check
//   $call_codec$2e_num_end
//   $call_codec$2e_json_valid
//   $call_codec$2e_str_end
//   $call_codec$2e_str_unescape
//   $call_codec$2e_dec$2e_string$2e_3
//   $call_rt$2e_parse_eisel_lemire
//   $call_rt$2e_decimal_shr
//   $call_rt$2e_decimal_shl
//   $call_rt$2e_decimal_round
//   $call_rt$2e_parse_float_slow
//   $call_rt$2e_parse_float
//   $call_codec$2e_dec$2e_float$2e_4
//   $call_codec$2e_skip
//   $call_codec$2e_dec$2e_fields$2e_2
//   $call_codec$2e_dec$2e_record$2e_1
//   $call_codec$2e_dec$2e_list$2e_0
//   $call_main$2e_args
//   $call_rt$2e_mem_eq
//   $call_rt$2e_str_eq
//   $call_rt$2e_mul_shift_64
//   $call_rt$2e_pow5_factor_at_least
//   $call_rt$2e_u64_digits
//   $call_rt$2e_u64_write_back
//   $call_rt$2e_f64_shortest
//   $call_rt$2e_float_text_write
//   $call_rt$2e_str_join
//   $call_rt$2e_int_write
//   $call_codec$2e_write_int
//   $call_codec$2e_enc$2e_int$2e_1
//   $call_rt$2e_float_json_write
//   $call_codec$2e_write_float
//   $call_codec$2e_enc$2e_float$2e_2
//   $call_codec$2e_write_str
//   $call_codec$2e_enc$2e_string$2e_3
//   $call_codec$2e_enc$2e_record$2e_0
//   $call_codec$2e_nonfinite$2e_float$2e_1
//   $call_codec$2e_nonfinite$2e_record$2e_0
//   $call_fn$2e_to_celsius
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
//   $f64_abs
//   $f64_nearest
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
    let args = 0, args_end = 0, args_pos = 0, args_kp = 0, args_klen = 0, args_mark = 0, args_c = 0, args_unexpected = 0, args_r = 0, arg0_cell = 0, arg0_state = 0, ws = 0, kr = 0, kq = 0, arg = 0, args_out = 0;
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
          if (args_klen === 8) {
            if ((((($a = args_kp >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1684104562) ? 1 : 0) & (((($a = (args_kp >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1936158313) ? 1 : 0)) {
              args_c = 0;
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
              switch (args_c) {
                case 0: break case12;
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
          args_unexpected = 1;
          args_pos = $call_codec$2e_skip(args_pos, args_end, 0);
        }
        ws_done13: {
          ws14: for (;;) {
            if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
            if ((args_pos >>> 0) >= (args_end >>> 0)) break ws_done13;
            ws = ($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a);
            if (!((ws >>> 0) <= (32 >>> 0))) break ws_done13;
            args_pos = (args_pos + 1) | 0;
            continue ws14;
          }
        }
        args_c = ($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a);
        args_pos = (args_pos + 1) | 0;
        if (args_c === 44) {
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
    if (args_unexpected) {
      $trap("UnexpectedMainArg", 1);
    }
    args_out = $alloc_scratch(8, 8, 1);
    $w = args_out >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, arg, true);
    return args_out;
  }

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let args = 0, readings = 0;
    let $a;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    readings = ($a = args >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    return main$tail(input_offset, input_len, output_offset, output_cap, args, readings);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, readings) {
    let dict = 0, closure = 0, xs = 0, size = 0, list = 0, len = 0, n = 0, k = 0, x = 0, r = 0, celsius = 0, xs$2e_1 = 0, count = 0, xs$2e_2 = 0, size$2e_1 = 0, list$2e_1 = 0, len$2e_1 = 0, n$2e_1 = 0, k$2e_1 = 0, x$2e_1 = 0, r$2e_1 = 0, xs$2e_3 = 0, unique = 0, n$2e_2 = 0, i = 0, j = 0, sensors = 0, xs$2e_4 = 0, best = 0, first = 0, n$2e_3 = 0, k$2e_2 = 0, x$2e_2 = 0, x$2e_3 = 0, max_c = 0, xs$2e_5 = 0, best$2e_1 = 0, first$2e_1 = 0, n$2e_4 = 0, k$2e_3 = 0, x$2e_4 = 0, x$2e_5 = 0, min_c = 0, xs$2e_6 = 0, sum = 0, n$2e_5 = 0, k$2e_4 = 0, x$2e_6 = 0, xs$2e_7 = 0, mean_c = 0, xs$2e_8 = 0, size$2e_2 = 0, list$2e_2 = 0, len$2e_2 = 0, n$2e_6 = 0, k$2e_5 = 0, x$2e_7 = 0, r$2e_2 = 0, part = 0, part$2e_1 = 0, text = 0, cur = 0, s = 0, slen = 0, len$2e_3 = 0, report = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $a, $w, $v, e10$v, e31$v, $t2, e36$v, e39$v, $t5, e43$v;
    dict = $alloc_scratch(8, 56, 3);
    closure = $alloc_scratch(4, 8, 4);
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
    xs = readings;
    size = 8 + (((($a = xs >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 8);
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 5);
    }
    list = $alloc_scratch(8, size | 0, 5);
    len = 0;
    n = ($a = xs >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k = 0;
    block3: {
      each4: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k >>> 0) >= (n >>> 0)) break block3;
        x = ($a = (((xs + ((k * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        r = x;
        $w = (((list + ((len * 8) | 0)) | 0) >>> 0) + 8;
        $v = $call_fn$2e_to_celsius(0, r, 6);
        if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
        if ($v !== $v) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, $v, true);
        len = (len + 1) | 0;
        k = (k + 1) | 0;
        continue each4;
      }
    }
    $w = list >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    celsius = list;
    $w = (dict >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, celsius, true);
    xs$2e_1 = readings;
    count = (($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0;
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(count); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    xs$2e_2 = readings;
    size$2e_1 = 4 + (((($a = xs$2e_2 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 4);
    if (size$2e_1 > 2147483647) {
      $trap("MemoryLimitExceeded", 9);
    }
    list$2e_1 = $alloc_scratch(4, size$2e_1 | 0, 9);
    len$2e_1 = 0;
    n$2e_1 = ($a = xs$2e_2 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_1 = 0;
    block13: {
      each14: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_1 >>> 0) >= (n$2e_1 >>> 0)) break block13;
        x$2e_1 = ($a = (((xs$2e_2 + ((k$2e_1 * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        r$2e_1 = x$2e_1;
        $w = (((list$2e_1 + ((len$2e_1 * 4) | 0)) | 0) >>> 0) + 4;
        $v = ($a = r$2e_1 >>> 0) + 4 > $size ? $fault(10) : $dv.getInt32($a, true);
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, $v, true);
        len$2e_1 = (len$2e_1 + 1) | 0;
        k$2e_1 = (k$2e_1 + 1) | 0;
        continue each14;
      }
    }
    $w = list$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_1, true);
    xs$2e_3 = list$2e_1;
    unique = 1;
    n$2e_2 = ($a = xs$2e_3 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    i = 0;
    block17: {
      loop18: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((i >>> 0) >= (n$2e_2 >>> 0)) break block17;
        j = (i + 1) | 0;
        loop19: for (;;) {
          if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
          if ((j >>> 0) < (n$2e_2 >>> 0)) {
            if ($call_rt$2e_str_eq(($a = (((xs$2e_3 + ((i * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true), ($a = (((xs$2e_3 + ((j * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true), 0)) {
              unique = 0;
              break block17;
            }
            j = (j + 1) | 0;
            continue loop19;
          }
          break loop19;
        }
        i = (i + 1) | 0;
        continue loop18;
      }
    }
    e10$v = unique;
    if (e10$v) {
      sensors = 10880;
    } else {
      sensors = 10892;
    }
    $w = (dict >>> 0) + 16;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, sensors, true);
    xs$2e_4 = celsius;
    if ((($a = xs$2e_4 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 0) {
      $trap("EmptyList", 11);
    }
    first = 1;
    n$2e_3 = ($a = xs$2e_4 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_2 = 0;
    block24: {
      each25: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_2 >>> 0) >= (n$2e_3 >>> 0)) break block24;
        x$2e_2 = ($a = (((xs$2e_4 + ((k$2e_2 * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $dv.getFloat64($a, true);
        x$2e_3 = x$2e_2;
        if (first | ((x$2e_3 > best) ? 1 : 0)) {
          best = x$2e_3;
          first = 0;
        }
        k$2e_2 = (k$2e_2 + 1) | 0;
        continue each25;
      }
    }
    max_c = best;
    $w = (dict >>> 0) + 24;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (max_c !== max_c) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, max_c, true);
    xs$2e_5 = celsius;
    if ((($a = xs$2e_5 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 0) {
      $trap("EmptyList", 12);
    }
    first$2e_1 = 1;
    n$2e_4 = ($a = xs$2e_5 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_3 = 0;
    block28: {
      each29: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_3 >>> 0) >= (n$2e_4 >>> 0)) break block28;
        x$2e_4 = ($a = (((xs$2e_5 + ((k$2e_3 * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $dv.getFloat64($a, true);
        x$2e_5 = x$2e_4;
        if (first$2e_1 | ((x$2e_5 < best$2e_1) ? 1 : 0)) {
          best$2e_1 = x$2e_5;
          first$2e_1 = 0;
        }
        k$2e_3 = (k$2e_3 + 1) | 0;
        continue each29;
      }
    }
    min_c = best$2e_1;
    $w = (dict >>> 0) + 32;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (min_c !== min_c) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, min_c, true);
    xs$2e_6 = celsius;
    sum = 0;
    n$2e_5 = ($a = xs$2e_6 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_4 = 0;
    block33: {
      each34: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_4 >>> 0) >= (n$2e_5 >>> 0)) break block33;
        x$2e_6 = ($a = (((xs$2e_6 + ((k$2e_4 * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $dv.getFloat64($a, true);
        sum = sum + x$2e_6;
        k$2e_4 = (k$2e_4 + 1) | 0;
        continue each34;
      }
    }
    e31$v = sum;
    $t2 = e31$v;
    xs$2e_7 = celsius;
    e36$v = (($a = xs$2e_7 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0;
    mean_c = $f64_div_checked($t2, $f64_convert_i64_s(e36$v), 13);
    $w = (dict >>> 0) + 40;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (mean_c !== mean_c) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, mean_c, true);
    xs$2e_8 = readings;
    size$2e_2 = 4 + (((($a = xs$2e_8 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 4);
    if (size$2e_2 > 2147483647) {
      $trap("MemoryLimitExceeded", 17);
    }
    list$2e_2 = $alloc_scratch(4, size$2e_2 | 0, 17);
    len$2e_2 = 0;
    n$2e_6 = ($a = xs$2e_8 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_5 = 0;
    block41: {
      each42: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_5 >>> 0) >= (n$2e_6 >>> 0)) break block41;
        x$2e_7 = ($a = (((xs$2e_8 + ((k$2e_5 * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        r$2e_2 = x$2e_7;
        $t5 = (list$2e_2 + ((len$2e_2 * 4) | 0)) | 0;
        part = ($a = r$2e_2 >>> 0) + 4 > $size ? $fault(18) : $dv.getInt32($a, true);
        part$2e_1 = $f64_div_checked($f64_convert_i64_s($i64_trunc_sat_f64_s($f64_nearest($call_fn$2e_to_celsius(0, r$2e_2, 22) * 10))), 10, 19);
        text = ((($scratch_ptr | 0) + 3) | 0) & (-4);
        cur = (text + 4) | 0;
        s = part;
        slen = ($a = s >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        if ((((cur + slen) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
          $trap("MemoryLimitExceeded", 23);
        }
        $memory_copy(cur, (s + 4) | 0, slen, 23);
        cur = (cur + slen) | 0;
        if ((((cur + 331) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
          $trap("MemoryLimitExceeded", 23);
        }
        $w = cur >>> 0;
        if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
        $dv.setUint8($w, 61 & 0xff);
        cur = (cur + 1) | 0;
        cur = (cur + $call_rt$2e_float_text_write(part$2e_1, cur, 23)) | 0;
        len$2e_3 = (((cur - text) | 0) - 4) | 0;
        $w = text >>> 0;
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, len$2e_3, true);
        e43$v = $alloc_scratch(4, (len$2e_3 + 4) | 0, 23);
        $w = ($t5 >>> 0) + 4;
        $v = e43$v;
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, $v, true);
        len$2e_2 = (len$2e_2 + 1) | 0;
        k$2e_5 = (k$2e_5 + 1) | 0;
        continue each42;
      }
    }
    $w = list$2e_2 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_2, true);
    e39$v = list$2e_2;
    report = $call_rt$2e_str_join(e39$v, 11104, 16);
    $w = (dict >>> 0) + 48;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, report, true);
    result = dict;
    result$2e_1 = result;
    json_start = $output_ptr | 0;
    json_end = $call_codec$2e_enc$2e_record$2e_0(result$2e_1, json_start, 0, 0);
    if (json_end === (-2)) {
      $trap("NonFiniteFloat", 3);
    }
    if (json_end === (-1)) {
      if ($call_codec$2e_nonfinite$2e_record$2e_0(result$2e_1, 0)) {
        $trap("NonFiniteFloat", 3);
      }
      $trap("MemoryLimitExceeded", 3);
    }
    $output_ptr = json_end >>> 0;
    return (json_end - json_start) | 0;
  }

  // (func $fn.to_celsius (param $env i32) (param $r i32) (result f64))
  function fn$2e_to_celsius(env, r) {
    let $a;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    if ($call_rt$2e_str_eq(($a = (r >>> 0) + 16) + 4 > $size ? $fault(25) : $dv.getInt32($a, true), 11464, 0)) {
      return $f64_div_checked(((($a = (r >>> 0) + 8) + 8 > $size ? $fault(29) : $dv.getFloat64($a, true)) - 32) * 5, 9, 26);
    } else {
      return ($a = (r >>> 0) + 8) + 8 > $size ? $fault(30) : $dv.getFloat64($a, true);
    }
  }
