// From libs/driver/testdata/emit-golden/recursion.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js libs/driver/testdata/emit-golden/recursion.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
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
//   codec$2e_dec$2e_int$2e_0
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
//   $call_codec$2e_skip
//   $call_codec$2e_dec$2e_int$2e_0
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
// The program's 6 function(s):

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
          if (args_klen === 1) {
            if ($i32_load8_u(args_kp, 0, 0) === 110) {
              args_c = 0;
              break match5;
            }
          }
          if (args_klen === 2) {
            if ($i32_load16_u(args_kp, 0, 0) === 29560) {
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
    cell = $alloc_scratch(8, 8, 0);
    if ($call_codec$2e_dec$2e_int$2e_0(arg0_at, args_end, cell, 0) < 0) {
      $trap("MainArgTypeMismatch", 2);
    }
    arg = $i64_load(cell, 0, 0);
    if (arg1_at === 0) {
      $trap("MissingMainArg", 3);
    }
    cell$2e_1 = $alloc_scratch(4, 4, 0);
    if ($call_codec$2e_dec$2e_list$2e_1(arg1_at, args_end, cell$2e_1, 0) < 0) {
      $trap("MainArgTypeMismatch", 3);
    }
    arg$2e_1 = $i32_load(cell$2e_1, 0, 0);
    if (args_unexpected) {
      $trap("UnexpectedMainArg", 1);
    }
    args_out = $alloc_scratch(8, 16, 1);
    $i64_store(args_out, 0, arg, 0);
    $i32_store(args_out, 8, arg$2e_1, 0);
    return args_out;
  }

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let args = 0, n = 0, xs = 0;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    n = $i64_load(args, 0, 0);
    xs = $i32_load(args, 8, 0);
    return main$tail(input_offset, input_len, output_offset, output_cap, args, n, xs);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, n, xs) {
    let dict = 0, closure = 0, closure$2e_1 = 0, closure$2e_2 = 0, closure$2e_3 = 0, lo = 0, hi = 0, count = 0, size = 0, list = 0, len = 0, i = 0, i$2e_1 = 0, fibs = 0, lo$2e_1 = 0, hi$2e_1 = 0, count$2e_1 = 0, size$2e_1 = 0, list$2e_1 = 0, len$2e_1 = 0, i$2e_2 = 0, i$2e_3 = 0, parity = 0, total = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $r;
    dict = $alloc_scratch(8, 36, 4);
    $i32_store(dict, 32, xs, 0);
    closure = $alloc_scratch(4, 8, 5);
    $i32_store(closure, 0, 0, 0);
    $i32_store(closure, 4, 0, 0);
    $i32_store(dict, 0, closure, 0);
    closure$2e_1 = $alloc_scratch(4, 8, 6);
    $i32_store(closure$2e_1, 0, 1, 0);
    $i32_store(closure$2e_1, 4, 0, 0);
    $i32_store(dict, 4, closure$2e_1, 0);
    closure$2e_2 = $alloc_scratch(4, 8, 7);
    $i32_store(closure$2e_2, 0, 2, 0);
    $i32_store(closure$2e_2, 4, 0, 0);
    $i32_store(dict, 8, closure$2e_2, 0);
    closure$2e_3 = $alloc_scratch(4, 8, 8);
    $i32_store(closure$2e_3, 0, 3, 0);
    $i32_store(closure$2e_3, 4, dict, 0);
    $i32_store(dict, 12, closure$2e_3, 0);
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
        $i64_store((list + ((len * 8) | 0)) | 0, 8, $call_fn$2e_fib(0, i$2e_1, 11), 0);
        len = (len + 1) | 0;
        i = typeof i === "number" && $safe($r = i + 1) ? $r : $i64_add(i, 1);
        continue range5;
      }
    }
    $i32_store(list, 0, len, 0);
    fibs = list;
    $i32_store(dict, 16, fibs, 0);
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
        $i32_store8((list$2e_1 + ((len$2e_1 * 1) | 0)) | 0, 4, $call_fn$2e_is_even(0, i$2e_3, 14), 0);
        len$2e_1 = (len$2e_1 + 1) | 0;
        i$2e_2 = typeof i$2e_2 === "number" && $safe($r = i$2e_2 + 1) ? $r : $i64_add(i$2e_2, 1);
        continue range12;
      }
    }
    $i32_store(list$2e_1, 0, len$2e_1, 0);
    parity = list$2e_1;
    $i32_store(dict, 20, parity, 0);
    total = $call_fn$2e_sum_from(dict, 0, 15);
    $i64_store(dict, 24, total, 0);
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
    let $r, $t0, $t1;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    if (k < 2) {
      return k;
    } else {
      $t0 = $call_fn$2e_fib(0, typeof k === "number" && $safe($r = k - 1) ? $r : $i64_sub_checked(k, 1, 18), 19);
      $t1 = $call_fn$2e_fib(0, typeof k === "number" && $safe($r = k - 2) ? $r : $i64_sub_checked(k, 2, 20), 21);
      return typeof $t0 === "number" && typeof $t1 === "number" && $safe($r = $t0 + $t1) ? $r : $i64_add_checked($t0, $t1, 17);
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
    let xs = 0, xs$2e_1 = 0, i$2e_1 = 0;
    let $r, e3$v, e7$v, $t2, $t3;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    xs = $i32_load(env, 32, 0);
    e3$v = $i32_load(xs, 0, 0) >>> 0;
    if (i >= e3$v) {
      return 0;
    } else {
      xs$2e_1 = $i32_load(env, 32, 0);
      i$2e_1 = i;
      if ($i64_ge_u(i$2e_1, $i32_load(xs$2e_1, 0, 31) >>> 0)) {
        $trap("IndexOutOfBounds", 31);
      }
      e7$v = $i64_load((xs$2e_1 + (($i32_wrap_i64(i$2e_1) * 8) | 0)) | 0, 8, 0);
      $t2 = e7$v;
      $t3 = $call_fn$2e_sum_from(env, typeof i === "number" && $safe($r = i + 1) ? $r : $i64_add_checked(i, 1, 32), 33);
      return typeof $t2 === "number" && typeof $t3 === "number" && $safe($r = $t2 + $t3) ? $r : $i64_add_checked($t2, $t3, 30);
    }
  }
