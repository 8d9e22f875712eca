// From examples/feature-flags.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js examples/feature-flags.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (95):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_skip
//   codec$2e_dec$2e_string$2e_2
//   codec$2e_dec$2e_int$2e_3
//   codec$2e_dec$2e_list$2e_4
//   codec$2e_dec$2e_fields$2e_1
//   codec$2e_dec$2e_record$2e_0
//   main$2e_args
//   rt$2e_mem_eq
//   rt$2e_str_eq
//   rt$2e_u64_digits
//   rt$2e_u64_write_back
//   rt$2e_int_write
//   codec$2e_write_str
//   codec$2e_enc$2e_string$2e_1
//   codec$2e_enc$2e_bool$2e_3
//   codec$2e_enc$2e_record$2e_2
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
//   $call_codec$2e_dec$2e_string$2e_2
//   $call_codec$2e_dec$2e_int$2e_3
//   $call_codec$2e_dec$2e_list$2e_4
//   $call_codec$2e_dec$2e_fields$2e_1
//   $call_codec$2e_dec$2e_record$2e_0
//   $call_main$2e_args
//   $call_rt$2e_mem_eq
//   $call_rt$2e_str_eq
//   $call_rt$2e_u64_digits
//   $call_rt$2e_u64_write_back
//   $call_rt$2e_int_write
//   $call_codec$2e_write_str
//   $call_codec$2e_enc$2e_string$2e_1
//   $call_codec$2e_enc$2e_bool$2e_3
//   $call_codec$2e_enc$2e_record$2e_2
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
//   $i64_rem_s
//   $i64_div_u
//   $i64_lt_u
//   $i64_gt_u
//   $i64_ge_u
//   $i32_wrap_i64
//   $i32_div_u
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
// The program's 2 function(s):

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
          if (args_klen === 4) {
            if ($i32_load(args_kp, 0, 0) === 1919251317) {
              args_c = 0;
              break match5;
            }
          }
          if (args_klen === 15) {
            if (((((($i32_load(args_kp, 0, 0) === 1819045746) ? 1 : 0) & (($i32_load(args_kp, 4, 0) === 1601467759) ? 1 : 0)) & (($i32_load(args_kp, 8, 0) === 1668441456) ? 1 : 0)) & (($i32_load16_u(args_kp, 12, 0) === 28261) ? 1 : 0)) & (($i32_load8_u(args_kp, 14, 0) === 116) ? 1 : 0)) {
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
    if ($call_codec$2e_dec$2e_record$2e_0(arg0_at, args_end, cell, 0) < 0) {
      $trap("MainArgTypeMismatch", 2);
    }
    arg = $i32_load(cell, 0, 0);
    if (arg1_at === 0) {
      $trap("MissingMainArg", 3);
    }
    cell$2e_1 = $alloc_scratch(8, 8, 0);
    if ($call_codec$2e_dec$2e_int$2e_3(arg1_at, args_end, cell$2e_1, 0) < 0) {
      $trap("MainArgTypeMismatch", 3);
    }
    arg$2e_1 = $i64_load(cell$2e_1, 0, 0);
    if (args_unexpected) {
      $trap("UnexpectedMainArg", 1);
    }
    args_out = $alloc_scratch(8, 16, 1);
    $i32_store(args_out, 0, arg, 0);
    $i64_store(args_out, 8, arg$2e_1, 0);
    return args_out;
  }

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let args = 0, user = 0, rollout_percent = 0;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    user = $i32_load(args, 0, 0);
    rollout_percent = $i64_load(args, 8, 0);
    return main$tail(input_offset, input_len, output_offset, output_cap, args, user, rollout_percent);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, user, rollout_percent) {
    let dict = 0, bucket = 0, xs = 0, needle = 0, found = 0, n = 0, k = 0, x = 0, x$2e_1 = 0, beta = 0, dict$2e_1 = 0, new_checkout = 0, item = 0, item$2e_1 = 0, item$2e_2 = 0, item$2e_3 = 0, size = 0, list = 0, len = 0, xs$2e_1 = 0, needle$2e_1 = 0, found$2e_1 = 0, n$2e_1 = 0, k$2e_1 = 0, x$2e_2 = 0, x$2e_3 = 0, eu_banner = 0, loyalty = 0, xs$2e_2 = 0, any = 0, n$2e_2 = 0, k$2e_2 = 0, x$2e_4 = 0, g = 0, staff_tools = 0, flags = 0, part = 0, text = 0, cur = 0, len$2e_1 = 0, bucket_label = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $r, $t0, $t1, $t2;
    dict = $alloc_scratch(8, 24, 4);
    $t0 = ($i32_load($i32_load(user, 0, 9), 0, 0) >>> 0) * 37;
    $t1 = $i64_load(user, 8, 10);
    $t2 = typeof $t1 === "number" && $safe($r = $t0 + $t1) ? $r : $i64_add_checked($t0, $t1, 6);
    bucket = typeof $t2 === "number" ? $t2 % 100 + 0 : $i64_rem_s($t2, 100, 5);
    $i64_store(dict, 0, bucket, 0);
    xs = $i32_load(user, 16, 12);
    needle = 8;
    found = 0;
    n = $i32_load(xs, 0, 0);
    k = 0;
    block15: {
      each16: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k >>> 0) >= (n >>> 0)) break block15;
        x = $i32_load((xs + ((k * 4) | 0)) | 0, 4, 0);
        x$2e_1 = x;
        if ($call_rt$2e_str_eq(x$2e_1, needle, 0)) {
          found = 1;
          break block15;
        }
        k = (k + 1) | 0;
        continue each16;
      }
    }
    beta = found;
    $i32_store8(dict, 8, beta, 0);
    dict$2e_1 = $alloc_scratch(8, 4, 13);
    if (beta) {
      new_checkout = 1;
    } else {
      new_checkout = (bucket < rollout_percent) ? 1 : 0;
    }
    $i32_store8(dict$2e_1, 0, new_checkout, 0);
    item = 16;
    item$2e_1 = 24;
    item$2e_2 = 32;
    item$2e_3 = 40;
    size = 20;
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 17);
    }
    list = $alloc_scratch(4, size | 0, 17);
    len = 0;
    $i32_store((((list + 4) | 0) + ((len * 4) | 0)) | 0, 0, item, 0);
    len = (len + 1) | 0;
    $i32_store((((list + 4) | 0) + ((len * 4) | 0)) | 0, 0, item$2e_1, 0);
    len = (len + 1) | 0;
    $i32_store((((list + 4) | 0) + ((len * 4) | 0)) | 0, 0, item$2e_2, 0);
    len = (len + 1) | 0;
    $i32_store((((list + 4) | 0) + ((len * 4) | 0)) | 0, 0, item$2e_3, 0);
    len = (len + 1) | 0;
    $i32_store(list, 0, len, 0);
    xs$2e_1 = list;
    needle$2e_1 = $i32_load(user, 4, 18);
    found$2e_1 = 0;
    n$2e_1 = $i32_load(xs$2e_1, 0, 0);
    k$2e_1 = 0;
    block31: {
      each32: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_1 >>> 0) >= (n$2e_1 >>> 0)) break block31;
        x$2e_2 = $i32_load((xs$2e_1 + ((k$2e_1 * 4) | 0)) | 0, 4, 0);
        x$2e_3 = x$2e_2;
        if ($call_rt$2e_str_eq(x$2e_3, needle$2e_1, 0)) {
          found$2e_1 = 1;
          break block31;
        }
        k$2e_1 = (k$2e_1 + 1) | 0;
        continue each32;
      }
    }
    eu_banner = found$2e_1;
    $i32_store8(dict$2e_1, 1, eu_banner, 0);
    loyalty = ($i64_load(user, 8, 20) >= 365) ? 1 : 0;
    $i32_store8(dict$2e_1, 2, loyalty, 0);
    xs$2e_2 = $i32_load(user, 16, 22);
    any = 0;
    n$2e_2 = $i32_load(xs$2e_2, 0, 0);
    k$2e_2 = 0;
    block40: {
      each41: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_2 >>> 0) >= (n$2e_2 >>> 0)) break block40;
        x$2e_4 = $i32_load((xs$2e_2 + ((k$2e_2 * 4) | 0)) | 0, 4, 0);
        g = x$2e_4;
        if ($call_rt$2e_str_eq(g, 48, 0)) {
          any = 1;
          break block40;
        }
        k$2e_2 = (k$2e_2 + 1) | 0;
        continue each41;
      }
    }
    staff_tools = any;
    $i32_store8(dict$2e_1, 3, staff_tools, 0);
    flags = dict$2e_1;
    $i32_store(dict, 12, flags, 0);
    part = bucket;
    text = ((($scratch_ptr | 0) + 3) | 0) & (-4);
    cur = (text + 4) | 0;
    if ((((cur + 27) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 24);
    }
    $i32_store(cur, 0, 1801680226, 0);
    $i32_store16(cur, 4, 29797, 0);
    $i32_store8(cur, 6, 32, 0);
    cur = (cur + 7) | 0;
    cur = (cur + $call_rt$2e_int_write(part, cur, 24)) | 0;
    if ((((cur + 7) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 24);
    }
    $i32_store(cur, 0, 543584032, 0);
    $i32_store16(cur, 4, 12337, 0);
    $i32_store8(cur, 6, 48, 0);
    cur = (cur + 7) | 0;
    len$2e_1 = (((cur - text) | 0) - 4) | 0;
    $i32_store(text, 0, len$2e_1, 0);
    bucket_label = $alloc_scratch(4, (len$2e_1 + 4) | 0, 24);
    $i32_store(dict, 16, bucket_label, 0);
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
