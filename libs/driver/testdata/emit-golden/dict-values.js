// From libs/driver/testdata/emit-golden/dict-values.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js libs/driver/testdata/emit-golden/dict-values.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (107):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_skip
//   codec$2e_dec$2e_int$2e_1
//   rt$2e_str_cmp
//   codec$2e_dict_finish
//   codec$2e_dec$2e_dict$2e_0
//   codec$2e_dec$2e_string$2e_2
//   main$2e_args
//   rt$2e_dict_find
//   dict$2e_put$2e_Int
//   codec$2e_write_str
//   codec$2e_enc$2e_string$2e_3
//   rt$2e_u64_digits
//   rt$2e_u64_write_back
//   rt$2e_int_write
//   codec$2e_write_int
//   codec$2e_enc$2e_int$2e_4
//   codec$2e_enc$2e_record$2e_2
//   codec$2e_enc$2e_list$2e_1
//   codec$2e_enc$2e_bool$2e_5
//   codec$2e_enc$2e_dict$2e_6
//   codec$2e_enc$2e_list$2e_7
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
//   $call_codec$2e_skip
//   $call_codec$2e_dec$2e_int$2e_1
//   $call_rt$2e_str_cmp
//   $call_codec$2e_dict_finish
//   $call_codec$2e_dec$2e_dict$2e_0
//   $call_codec$2e_dec$2e_string$2e_2
//   $call_main$2e_args
//   $call_rt$2e_dict_find
//   $call_dict$2e_put$2e_Int
//   $call_codec$2e_write_str
//   $call_codec$2e_enc$2e_string$2e_3
//   $call_rt$2e_u64_digits
//   $call_rt$2e_u64_write_back
//   $call_rt$2e_int_write
//   $call_codec$2e_write_int
//   $call_codec$2e_enc$2e_int$2e_4
//   $call_codec$2e_enc$2e_record$2e_2
//   $call_codec$2e_enc$2e_list$2e_1
//   $call_codec$2e_enc$2e_bool$2e_5
//   $call_codec$2e_enc$2e_dict$2e_6
//   $call_codec$2e_enc$2e_list$2e_7
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
//   $i64_mul_checked
//   $i64_div_u
//   $i64_lt_u
//   $i64_gt_u
//   $i64_ge_u
//   $i32_wrap_i64
//   $i32_mul
//   $i32_div_u
//   $i32_ctz
//   $i32_load
//   $i32_load8_u
//   $i32_load16_u
//   $i64_load
//   $i32_store
//   $i32_store8
//   $i32_store16
//   $i64_store
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
    let args = 0, args_end = 0, args_pos = 0, args_kp = 0, args_klen = 0, args_mark = 0, args_c = 0, args_unexpected = 0, arg0_at = 0, arg1_at = 0, ws = 0, kr = 0, kq = 0, cell = 0, arg = 0, cell$2e_1 = 0, arg$2e_1 = 0, args_out = 0;
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
          if (args_klen === 6) {
            if ((($i32_load(args_kp, 0, 0) === 1667854960) ? 1 : 0) & (($i32_load16_u(args_kp, 4, 0) === 29541) ? 1 : 0)) {
              args_c = 0;
              break match5;
            }
          }
          if (args_klen === 6) {
            if ((($i32_load(args_kp, 0, 0) === 1953390967) ? 1 : 0) & (($i32_load16_u(args_kp, 4, 0) === 25701) ? 1 : 0)) {
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
              case13: {
                switch (args_c) {
                  case 0: break case13;
                  case 1: break case12;
                  default: break default11;
                }
              }
              arg0_at = args_pos;
              break switch10;
            }
            arg1_at = args_pos;
            break switch10;
          }
          args_unexpected = 1;
        }
        args_pos = $call_codec$2e_skip(args_pos, args_end, 0);
        ws_done14: {
          ws15: for (;;) {
            if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
            if ((args_pos >>> 0) >= (args_end >>> 0)) break ws_done14;
            ws = $i32_load8_u(args_pos, 0, 0);
            if (!((ws >>> 0) <= (32 >>> 0))) break ws_done14;
            args_pos = (args_pos + 1) | 0;
            continue ws15;
          }
        }
        args_c = $i32_load8_u(args_pos, 0, 0);
        args_pos = (args_pos + 1) | 0;
        if (args_c === 44) {
          ws_done16: {
            ws17: for (;;) {
              if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
              if ((args_pos >>> 0) >= (args_end >>> 0)) break ws_done16;
              ws = $i32_load8_u(args_pos, 0, 0);
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
    if (arg0_at === 0) {
      $trap("MissingMainArg", 2);
    }
    cell = $alloc_scratch(4, 4, 0);
    if ($call_codec$2e_dec$2e_dict$2e_0(arg0_at, args_end, cell, 0) < 0) {
      $trap("MainArgTypeMismatch", 2);
    }
    arg = $i32_load(cell, 0, 0);
    if (arg1_at === 0) {
      $trap("MissingMainArg", 3);
    }
    cell$2e_1 = $alloc_scratch(4, 4, 0);
    if ($call_codec$2e_dec$2e_string$2e_2(arg1_at, args_end, cell$2e_1, 0) < 0) {
      $trap("MainArgTypeMismatch", 3);
    }
    arg$2e_1 = $i32_load(cell$2e_1, 0, 0);
    if (args_unexpected) {
      $trap("UnexpectedMainArg", 1);
    }
    args_out = $alloc_scratch(8, 16, 1);
    $i32_store(args_out, 0, arg, 0);
    $i32_store(args_out, 8, arg$2e_1, 0);
    return args_out;
  }

  // (func $dict.put.Int (param $d i32) (param $k i32) (param $v i64)) — entry fuel charged by $call_dict$2e_put$2e_Int
  function dict$2e_put$2e_Int(d, k, v) {
    let lo = 0, hi = 0, mid = 0, r = 0, len = 0;
    hi = $i32_load(d, 0, 0);
    block0: {
      loop1: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((lo >>> 0) >= (hi >>> 0)) break block0;
        mid = (((lo + hi) | 0) >>> 1) | 0;
        r = $call_rt$2e_str_cmp($i32_load((((d + 8) | 0) + ((mid * 16) | 0)) | 0, 0, 0), k, 0);
        if (r === 0) {
          $i64_store((((d + 8) | 0) + ((mid * 16) | 0)) | 0, 8, v, 0);
          return;
        }
        if (r < 0) {
          lo = (mid + 1) | 0;
        } else {
          hi = mid;
        }
        continue loop1;
      }
    }
    len = $i32_load(d, 0, 0);
    $memory_copy((((d + 8) | 0) + ((((lo + 1) | 0) * 16) | 0)) | 0, (((d + 8) | 0) + ((lo * 16) | 0)) | 0, (((len - lo) | 0) * 16) | 0, 0);
    $i32_store((((d + 8) | 0) + ((lo * 16) | 0)) | 0, 0, k, 0);
    $i64_store((((d + 8) | 0) + ((lo * 16) | 0)) | 0, 8, v, 0);
    $i32_store(d, 0, (len + 1) | 0, 0);
  }

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let args = 0, prices = 0, wanted = 0;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    prices = $i32_load(args, 0, 0);
    wanted = $i32_load(args, 8, 0);
    return main$tail(input_offset, input_len, output_offset, output_cap, args, prices, wanted);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, prices, wanted) {
    let dict = 0, d = 0, n = 0, size = 0, list = 0, i = 0, names = 0, d$2e_1 = 0, n$2e_1 = 0, size$2e_1 = 0, list$2e_1 = 0, i$2e_1 = 0, xs = 0, sum = 0, n$2e_2 = 0, k = 0, x = 0, total = 0, d$2e_2 = 0, k$2e_1 = 0, has_wanted = 0, d$2e_3 = 0, n$2e_3 = 0, size$2e_2 = 0, list$2e_2 = 0, i$2e_2 = 0, xs$2e_1 = 0, size$2e_3 = 0, list$2e_3 = 0, len = 0, n$2e_4 = 0, k$2e_2 = 0, x$2e_1 = 0, n$2e_5 = 0, d$2e_4 = 0, k$2e_3 = 0, idx = 0, dict$2e_1 = 0, name = 0, d$2e_5 = 0, k$2e_4 = 0, idx$2e_1 = 0, price = 0, doubled = 0, dict$2e_2 = 0, spread = 0, extra = 0, cap = 0, dict$2e_3 = 0, src = 0, i$2e_3 = 0, at = 0, merged = 0, size$2e_4 = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $r, e23$v, $t1, e27$v, e30$v, $t4;
    dict = $alloc_scratch(8, 40, 4);
    d = prices;
    n = $i32_load(d, 0, 0);
    size = 4 + ((n >>> 0) * 4);
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 5);
    }
    list = $alloc_scratch(4, size | 0, 5);
    $i32_store(list, 0, n, 0);
    i = 0;
    block3: {
      loop4: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((i >>> 0) >= (n >>> 0)) break block3;
        $i32_store((list + ((i * 4) | 0)) | 0, 4, $i32_load((d + ((i * 16) | 0)) | 0, 8, 0), 0);
        i = (i + 1) | 0;
        continue loop4;
      }
    }
    names = list;
    $i32_store(dict, 0, names, 0);
    d$2e_1 = prices;
    n$2e_1 = $i32_load(d$2e_1, 0, 0);
    size$2e_1 = 8 + ((n$2e_1 >>> 0) * 8);
    if (size$2e_1 > 2147483647) {
      $trap("MemoryLimitExceeded", 7);
    }
    list$2e_1 = $alloc_scratch(8, size$2e_1 | 0, 7);
    $i32_store(list$2e_1, 0, n$2e_1, 0);
    i$2e_1 = 0;
    block8: {
      loop9: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((i$2e_1 >>> 0) >= (n$2e_1 >>> 0)) break block8;
        $i64_store((list$2e_1 + ((i$2e_1 * 8) | 0)) | 0, 8, $i64_load((d$2e_1 + ((i$2e_1 * 16) | 0)) | 0, 16, 0), 0);
        i$2e_1 = (i$2e_1 + 1) | 0;
        continue loop9;
      }
    }
    xs = list$2e_1;
    sum = 0;
    n$2e_2 = $i32_load(xs, 0, 0);
    k = 0;
    block10: {
      each11: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k >>> 0) >= (n$2e_2 >>> 0)) break block10;
        x = $i64_load((xs + ((k * 8) | 0)) | 0, 8, 0);
        sum = typeof sum === "number" && typeof x === "number" && $safe($r = sum + x) ? $r : $i64_add_checked(sum, x, 6);
        k = (k + 1) | 0;
        continue each11;
      }
    }
    total = sum;
    $i64_store(dict, 8, total, 0);
    d$2e_2 = prices;
    k$2e_1 = wanted;
    has_wanted = ($call_rt$2e_dict_find(d$2e_2, k$2e_1, 8, 16, 8) >= 0) ? 1 : 0;
    $i32_store8(dict, 16, has_wanted, 0);
    d$2e_3 = prices;
    n$2e_3 = $i32_load(d$2e_3, 0, 0);
    size$2e_2 = 4 + ((n$2e_3 >>> 0) * 4);
    if (size$2e_2 > 2147483647) {
      $trap("MemoryLimitExceeded", 9);
    }
    list$2e_2 = $alloc_scratch(4, size$2e_2 | 0, 9);
    $i32_store(list$2e_2, 0, n$2e_3, 0);
    i$2e_2 = 0;
    block18: {
      loop19: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((i$2e_2 >>> 0) >= (n$2e_3 >>> 0)) break block18;
        $i32_store((list$2e_2 + ((i$2e_2 * 4) | 0)) | 0, 4, $i32_load((d$2e_3 + ((i$2e_2 * 16) | 0)) | 0, 8, 0), 0);
        i$2e_2 = (i$2e_2 + 1) | 0;
        continue loop19;
      }
    }
    xs$2e_1 = list$2e_2;
    size$2e_3 = 4 + (($i32_load(xs$2e_1, 0, 0) >>> 0) * 4);
    if (size$2e_3 > 2147483647) {
      $trap("MemoryLimitExceeded", 10);
    }
    list$2e_3 = $alloc_scratch(4, size$2e_3 | 0, 10);
    len = 0;
    n$2e_4 = $i32_load(xs$2e_1, 0, 0);
    k$2e_2 = 0;
    block20: {
      each21: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_2 >>> 0) >= (n$2e_4 >>> 0)) break block20;
        x$2e_1 = $i32_load((xs$2e_1 + ((k$2e_2 * 4) | 0)) | 0, 4, 0);
        n$2e_5 = x$2e_1;
        d$2e_4 = prices;
        k$2e_3 = n$2e_5;
        idx = $call_rt$2e_dict_find(d$2e_4, k$2e_3, 8, 16, 12);
        if (idx < 0) {
          $trap("VariableNotFound", 12);
        }
        e23$v = $i64_load((d$2e_4 + ((idx * 16) | 0)) | 0, 16, 0);
        if (e23$v > 1) {
          $t1 = (list$2e_3 + ((len * 4) | 0)) | 0;
          dict$2e_1 = $alloc_scratch(8, 16, 13);
          name = n$2e_5;
          $i32_store(dict$2e_1, 0, name, 0);
          d$2e_5 = prices;
          k$2e_4 = n$2e_5;
          idx$2e_1 = $call_rt$2e_dict_find(d$2e_5, k$2e_4, 8, 16, 15);
          if (idx$2e_1 < 0) {
            $trap("VariableNotFound", 15);
          }
          e30$v = $i64_load((d$2e_5 + ((idx$2e_1 * 16) | 0)) | 0, 16, 0);
          $t4 = e30$v;
          price = typeof $t4 === "number" && $safe($r = $t4 * 2) ? $r + 0 : $i64_mul_checked($t4, 2, 14);
          $i64_store(dict$2e_1, 8, price, 0);
          e27$v = dict$2e_1;
          $i32_store($t1, 4, e27$v, 0);
          len = (len + 1) | 0;
        }
        k$2e_2 = (k$2e_2 + 1) | 0;
        continue each21;
      }
    }
    $i32_store(list$2e_3, 0, len, 0);
    doubled = list$2e_3;
    $i32_store(dict, 20, doubled, 0);
    dict$2e_2 = $alloc_scratch(8, 8, 16);
    spread = prices;
    extra = 99;
    $i64_store(dict$2e_2, 0, extra, 0);
    cap = (1 + $i32_load(spread, 0, 0)) | 0;
    dict$2e_3 = $alloc_scratch(8, (8 + ((cap * 16) | 0)) | 0, 16);
    $i32_store(dict$2e_3, 0, 0, 0);
    src = spread;
    i$2e_3 = 0;
    block37: {
      loop38: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((i$2e_3 >>> 0) >= ($i32_load(src, 0, 0) >>> 0)) break block37;
        at = (((src + 8) | 0) + ((i$2e_3 * 16) | 0)) | 0;
        $call_dict$2e_put$2e_Int(dict$2e_3, $i32_load(at, 0, 0), $i64_load(at, 8, 0), 16);
        i$2e_3 = (i$2e_3 + 1) | 0;
        continue loop38;
      }
    }
    $call_dict$2e_put$2e_Int(dict$2e_3, 8, $i64_load(dict$2e_2, 0, 0), 16);
    merged = dict$2e_3;
    $i32_store(dict, 24, merged, 0);
    size$2e_4 = $i32_load(prices, 0, 0) >>> 0;
    $i64_store(dict, 32, size$2e_4, 0);
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
