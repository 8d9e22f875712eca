// From examples/sensor-report.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js examples/sensor-report.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (144):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_skip
//   codec$2e_dec$2e_string$2e_3
//   rt$2e_parse_eisel_lemire
//   rt$2e_decimal_shr
//   rt$2e_decimal_shl
//   rt$2e_decimal_round
//   rt$2e_parse_float_slow
//   rt$2e_parse_float
//   codec$2e_dec$2e_float$2e_4
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
//   $call_codec$2e_skip
//   $call_codec$2e_dec$2e_string$2e_3
//   $call_rt$2e_parse_eisel_lemire
//   $call_rt$2e_decimal_shr
//   $call_rt$2e_decimal_shl
//   $call_rt$2e_decimal_round
//   $call_rt$2e_parse_float_slow
//   $call_rt$2e_parse_float
//   $call_codec$2e_dec$2e_float$2e_4
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
//   $i32_load
//   $i32_load8_u
//   $i32_load16_u
//   $i64_load
//   $f64_load
//   $i32_store
//   $i32_store8
//   $i32_store16
//   $i64_store
//   $f64_store
//   $memory_copy
//   $memory_fill
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
    let args = 0, args_end = 0, args_pos = 0, args_kp = 0, args_klen = 0, args_mark = 0, args_c = 0, args_unexpected = 0, arg0_at = 0, ws = 0, kr = 0, kq = 0, cell = 0, arg = 0, args_out = 0;
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
        ws = $i32_load8_u(args_pos, 0, 0);
        if (!((ws >>> 0) <= (32 >>> 0))) break ws_done0;
        args_pos = (args_pos + 1) | 0;
        continue ws1;
      }
    }
    if (!($i32_load8_u(args_pos, 0, 0) === 123)) {
      $trap("MainArgTypeMismatch", 1);
    }
    args_pos = (args_pos + 1) | 0;
    ws_done2: {
      ws3: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((args_pos >>> 0) >= (args_end >>> 0)) break ws_done2;
        ws = $i32_load8_u(args_pos, 0, 0);
        if (!((ws >>> 0) <= (32 >>> 0))) break ws_done2;
        args_pos = (args_pos + 1) | 0;
        continue ws3;
      }
    }
    if (!($i32_load8_u(args_pos, 0, 0) === 125)) {
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
            if ((($i32_load(args_kp, 0, 0) === 1684104562) ? 1 : 0) & (($i32_load(args_kp, 4, 0) === 1936158313) ? 1 : 0)) {
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
            ws = $i32_load8_u(args_pos, 0, 0);
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
            ws = $i32_load8_u(args_pos, 0, 0);
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
            arg0_at = args_pos;
            break switch10;
          }
          args_unexpected = 1;
        }
        args_pos = $call_codec$2e_skip(args_pos, args_end, 0);
        ws_done13: {
          ws14: for (;;) {
            if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
            if ((args_pos >>> 0) >= (args_end >>> 0)) break ws_done13;
            ws = $i32_load8_u(args_pos, 0, 0);
            if (!((ws >>> 0) <= (32 >>> 0))) break ws_done13;
            args_pos = (args_pos + 1) | 0;
            continue ws14;
          }
        }
        args_c = $i32_load8_u(args_pos, 0, 0);
        args_pos = (args_pos + 1) | 0;
        if (args_c === 44) {
          ws_done15: {
            ws16: for (;;) {
              if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
              if ((args_pos >>> 0) >= (args_end >>> 0)) break ws_done15;
              ws = $i32_load8_u(args_pos, 0, 0);
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
    if (arg0_at === 0) {
      $trap("MissingMainArg", 2);
    }
    cell = $alloc_scratch(4, 4, 0);
    if ($call_codec$2e_dec$2e_list$2e_0(arg0_at, args_end, cell, 0) < 0) {
      $trap("MainArgTypeMismatch", 2);
    }
    arg = $i32_load(cell, 0, 0);
    if (args_unexpected) {
      $trap("UnexpectedMainArg", 1);
    }
    args_out = $alloc_scratch(8, 8, 1);
    $i32_store(args_out, 0, arg, 0);
    return args_out;
  }

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let args = 0, readings = 0;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    readings = $i32_load(args, 0, 0);
    return main$tail(input_offset, input_len, output_offset, output_cap, args, readings);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, readings) {
    let dict = 0, closure = 0, xs = 0, size = 0, list = 0, len = 0, n = 0, k = 0, x = 0, r = 0, celsius = 0, xs$2e_1 = 0, count = 0, xs$2e_2 = 0, size$2e_1 = 0, list$2e_1 = 0, len$2e_1 = 0, n$2e_1 = 0, k$2e_1 = 0, x$2e_1 = 0, r$2e_1 = 0, xs$2e_3 = 0, unique = 0, n$2e_2 = 0, i = 0, j = 0, sensors = 0, xs$2e_4 = 0, best = 0, first = 0, n$2e_3 = 0, k$2e_2 = 0, x$2e_2 = 0, x$2e_3 = 0, max_c = 0, xs$2e_5 = 0, best$2e_1 = 0, first$2e_1 = 0, n$2e_4 = 0, k$2e_3 = 0, x$2e_4 = 0, x$2e_5 = 0, min_c = 0, xs$2e_6 = 0, sum = 0, n$2e_5 = 0, k$2e_4 = 0, x$2e_6 = 0, xs$2e_7 = 0, mean_c = 0, xs$2e_8 = 0, size$2e_2 = 0, list$2e_2 = 0, len$2e_2 = 0, n$2e_6 = 0, k$2e_5 = 0, x$2e_7 = 0, r$2e_2 = 0, part = 0, part$2e_1 = 0, text = 0, cur = 0, s = 0, slen = 0, len$2e_3 = 0, report = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let e10$v, e31$v, $t2, e36$v, e39$v, $t5, e43$v;
    dict = $alloc_scratch(8, 56, 3);
    closure = $alloc_scratch(4, 8, 4);
    $i32_store(closure, 0, 0, 0);
    $i32_store(closure, 4, 0, 0);
    $i32_store(dict, 0, closure, 0);
    xs = readings;
    size = 8 + (($i32_load(xs, 0, 0) >>> 0) * 8);
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 5);
    }
    list = $alloc_scratch(8, size | 0, 5);
    len = 0;
    n = $i32_load(xs, 0, 0);
    k = 0;
    block3: {
      each4: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k >>> 0) >= (n >>> 0)) break block3;
        x = $i32_load((xs + ((k * 4) | 0)) | 0, 4, 0);
        r = x;
        $f64_store((list + ((len * 8) | 0)) | 0, 8, $call_fn$2e_to_celsius(0, r, 6), 0);
        len = (len + 1) | 0;
        k = (k + 1) | 0;
        continue each4;
      }
    }
    $i32_store(list, 0, len, 0);
    celsius = list;
    $i32_store(dict, 4, celsius, 0);
    xs$2e_1 = readings;
    count = $i32_load(xs$2e_1, 0, 0) >>> 0;
    $i64_store(dict, 8, count, 0);
    xs$2e_2 = readings;
    size$2e_1 = 4 + (($i32_load(xs$2e_2, 0, 0) >>> 0) * 4);
    if (size$2e_1 > 2147483647) {
      $trap("MemoryLimitExceeded", 9);
    }
    list$2e_1 = $alloc_scratch(4, size$2e_1 | 0, 9);
    len$2e_1 = 0;
    n$2e_1 = $i32_load(xs$2e_2, 0, 0);
    k$2e_1 = 0;
    block13: {
      each14: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_1 >>> 0) >= (n$2e_1 >>> 0)) break block13;
        x$2e_1 = $i32_load((xs$2e_2 + ((k$2e_1 * 4) | 0)) | 0, 4, 0);
        r$2e_1 = x$2e_1;
        $i32_store((list$2e_1 + ((len$2e_1 * 4) | 0)) | 0, 4, $i32_load(r$2e_1, 0, 10), 0);
        len$2e_1 = (len$2e_1 + 1) | 0;
        k$2e_1 = (k$2e_1 + 1) | 0;
        continue each14;
      }
    }
    $i32_store(list$2e_1, 0, len$2e_1, 0);
    xs$2e_3 = list$2e_1;
    unique = 1;
    n$2e_2 = $i32_load(xs$2e_3, 0, 0);
    i = 0;
    block17: {
      loop18: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((i >>> 0) >= (n$2e_2 >>> 0)) break block17;
        j = (i + 1) | 0;
        loop19: for (;;) {
          if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
          if ((j >>> 0) < (n$2e_2 >>> 0)) {
            if ($call_rt$2e_str_eq($i32_load((xs$2e_3 + ((i * 4) | 0)) | 0, 4, 0), $i32_load((xs$2e_3 + ((j * 4) | 0)) | 0, 4, 0), 0)) {
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
    $i32_store(dict, 16, sensors, 0);
    xs$2e_4 = celsius;
    if ($i32_load(xs$2e_4, 0, 0) === 0) {
      $trap("EmptyList", 11);
    }
    first = 1;
    n$2e_3 = $i32_load(xs$2e_4, 0, 0);
    k$2e_2 = 0;
    block24: {
      each25: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_2 >>> 0) >= (n$2e_3 >>> 0)) break block24;
        x$2e_2 = $f64_load((xs$2e_4 + ((k$2e_2 * 8) | 0)) | 0, 8, 0);
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
    $f64_store(dict, 24, max_c, 0);
    xs$2e_5 = celsius;
    if ($i32_load(xs$2e_5, 0, 0) === 0) {
      $trap("EmptyList", 12);
    }
    first$2e_1 = 1;
    n$2e_4 = $i32_load(xs$2e_5, 0, 0);
    k$2e_3 = 0;
    block28: {
      each29: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_3 >>> 0) >= (n$2e_4 >>> 0)) break block28;
        x$2e_4 = $f64_load((xs$2e_5 + ((k$2e_3 * 8) | 0)) | 0, 8, 0);
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
    $f64_store(dict, 32, min_c, 0);
    xs$2e_6 = celsius;
    sum = 0;
    n$2e_5 = $i32_load(xs$2e_6, 0, 0);
    k$2e_4 = 0;
    block33: {
      each34: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_4 >>> 0) >= (n$2e_5 >>> 0)) break block33;
        x$2e_6 = $f64_load((xs$2e_6 + ((k$2e_4 * 8) | 0)) | 0, 8, 0);
        sum = sum + x$2e_6;
        k$2e_4 = (k$2e_4 + 1) | 0;
        continue each34;
      }
    }
    e31$v = sum;
    $t2 = e31$v;
    xs$2e_7 = celsius;
    e36$v = $i32_load(xs$2e_7, 0, 0) >>> 0;
    mean_c = $f64_div_checked($t2, $f64_convert_i64_s(e36$v), 13);
    $f64_store(dict, 40, mean_c, 0);
    xs$2e_8 = readings;
    size$2e_2 = 4 + (($i32_load(xs$2e_8, 0, 0) >>> 0) * 4);
    if (size$2e_2 > 2147483647) {
      $trap("MemoryLimitExceeded", 17);
    }
    list$2e_2 = $alloc_scratch(4, size$2e_2 | 0, 17);
    len$2e_2 = 0;
    n$2e_6 = $i32_load(xs$2e_8, 0, 0);
    k$2e_5 = 0;
    block41: {
      each42: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_5 >>> 0) >= (n$2e_6 >>> 0)) break block41;
        x$2e_7 = $i32_load((xs$2e_8 + ((k$2e_5 * 4) | 0)) | 0, 4, 0);
        r$2e_2 = x$2e_7;
        $t5 = (list$2e_2 + ((len$2e_2 * 4) | 0)) | 0;
        part = $i32_load(r$2e_2, 0, 18);
        part$2e_1 = $f64_div_checked($f64_convert_i64_s($i64_trunc_sat_f64_s($f64_nearest($call_fn$2e_to_celsius(0, r$2e_2, 22) * 10))), 10, 19);
        text = ((($scratch_ptr | 0) + 3) | 0) & (-4);
        cur = (text + 4) | 0;
        s = part;
        slen = $i32_load(s, 0, 0);
        if ((((cur + slen) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
          $trap("MemoryLimitExceeded", 23);
        }
        $memory_copy(cur, (s + 4) | 0, slen, 23);
        cur = (cur + slen) | 0;
        if ((((cur + 331) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
          $trap("MemoryLimitExceeded", 23);
        }
        $i32_store8(cur, 0, 61, 0);
        cur = (cur + 1) | 0;
        cur = (cur + $call_rt$2e_float_text_write(part$2e_1, cur, 23)) | 0;
        len$2e_3 = (((cur - text) | 0) - 4) | 0;
        $i32_store(text, 0, len$2e_3, 0);
        e43$v = $alloc_scratch(4, (len$2e_3 + 4) | 0, 23);
        $i32_store($t5, 4, e43$v, 0);
        len$2e_2 = (len$2e_2 + 1) | 0;
        k$2e_5 = (k$2e_5 + 1) | 0;
        continue each42;
      }
    }
    $i32_store(list$2e_2, 0, len$2e_2, 0);
    e39$v = list$2e_2;
    report = $call_rt$2e_str_join(e39$v, 11104, 16);
    $i32_store(dict, 48, report, 0);
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
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    if ($call_rt$2e_str_eq($i32_load(r, 16, 25), 11464, 0)) {
      return $f64_div_checked(($f64_load(r, 8, 29) - 32) * 5, 9, 26);
    } else {
      return $f64_load(r, 8, 30);
    }
  }
