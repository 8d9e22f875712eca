// From examples/ticket-routing.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js examples/ticket-routing.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (113):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_dec$2e_string$2e_3
//   codec$2e_skip
//   codec$2e_dec$2e_enum$2e_4
//   codec$2e_dec$2e_int$2e_5
//   codec$2e_dec$2e_option$2e_6
//   codec$2e_dec$2e_fields$2e_2
//   codec$2e_dec$2e_record$2e_1
//   codec$2e_dec$2e_list$2e_0
//   main$2e_args
//   rt$2e_mem_eq
//   rt$2e_str_eq
//   codec$2e_write_str
//   codec$2e_enc$2e_string$2e_2
//   codec$2e_enc$2e_list$2e_1
//   rt$2e_u64_digits
//   rt$2e_u64_write_back
//   rt$2e_int_write
//   codec$2e_write_int
//   codec$2e_enc$2e_int$2e_6
//   codec$2e_enc$2e_enum$2e_5
//   codec$2e_enc$2e_record$2e_4
//   codec$2e_enc$2e_list$2e_3
//   codec$2e_enc$2e_record$2e_0
//   main
//   main$tail
//   rt$2e_final_sigma
//   rt$2e_str_lower
//   rt$2e_mem_chr
//   rt$2e_find_bytes
//   rt$2e_str_find
//   rt$2e_str_contains
//   fn$2e_route
//   $call_codec$2e_hex4
//   $call_rt$2e_utf8_valid
//   $call_codec$2e_str_check
//   $call_codec$2e_num_end
//   $call_codec$2e_json_valid
//   $call_codec$2e_str_end
//   $call_codec$2e_str_unescape
//   $call_codec$2e_dec$2e_string$2e_3
//   $call_codec$2e_skip
//   $call_codec$2e_dec$2e_enum$2e_4
//   $call_codec$2e_dec$2e_int$2e_5
//   $call_codec$2e_dec$2e_option$2e_6
//   $call_codec$2e_dec$2e_fields$2e_2
//   $call_codec$2e_dec$2e_record$2e_1
//   $call_codec$2e_dec$2e_list$2e_0
//   $call_main$2e_args
//   $call_rt$2e_mem_eq
//   $call_rt$2e_str_eq
//   $call_codec$2e_write_str
//   $call_codec$2e_enc$2e_string$2e_2
//   $call_codec$2e_enc$2e_list$2e_1
//   $call_rt$2e_u64_digits
//   $call_rt$2e_u64_write_back
//   $call_rt$2e_int_write
//   $call_codec$2e_write_int
//   $call_codec$2e_enc$2e_int$2e_6
//   $call_codec$2e_enc$2e_enum$2e_5
//   $call_codec$2e_enc$2e_record$2e_4
//   $call_codec$2e_enc$2e_list$2e_3
//   $call_codec$2e_enc$2e_record$2e_0
//   $call_rt$2e_final_sigma
//   $call_rt$2e_str_lower
//   $call_rt$2e_mem_chr
//   $call_rt$2e_find_bytes
//   $call_rt$2e_str_find
//   $call_rt$2e_str_contains
//   $call_fn$2e_route
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
//   $i64_add
//   $i64_sub
//   $i64_mul
//   $i64_div_u
//   $i64_lt_u
//   $i64_gt_u
//   $i64_ge_u
//   $i32_wrap_i64
//   $i32_mul
//   $i32_div_u
//   $i32_ctz
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
          if (args_klen === 7) {
            if (((((($a = args_kp >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1801677172) ? 1 : 0) & (((($a = (args_kp >>> 0) + 4) + 2 > $size ? $fault(0) : $dv.getUint16($a, true)) === 29797) ? 1 : 0)) & (((($a = (args_kp >>> 0) + 6) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 115) ? 1 : 0)) {
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
    let args = 0, tickets = 0;
    let $a;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    tickets = ($a = args >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    return main$tail(input_offset, input_len, output_offset, output_cap, args, tickets);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, tickets) {
    let dict = 0, closure = 0, xs = 0, size = 0, list = 0, len = 0, n = 0, k = 0, x = 0, t = 0, dict$2e_1 = 0, id = 0, decision = 0, routes = 0, xs$2e_1 = 0, size$2e_1 = 0, list$2e_1 = 0, len$2e_1 = 0, n$2e_1 = 0, k$2e_1 = 0, x$2e_1 = 0, t$2e_1 = 0, scrut = 0, t$2e_2 = 0, y = 0, escalated = 0, xs$2e_2 = 0, size$2e_2 = 0, list$2e_2 = 0, len$2e_2 = 0, n$2e_2 = 0, k$2e_2 = 0, x$2e_2 = 0, t$2e_3 = 0, scrut$2e_1 = 0, tier = 0, vip = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $a, $w, $v, $t0, e5$v, e14$v, e26$v;
    dict = $alloc_scratch(8, 16, 3);
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
    xs = tickets;
    size = 4 + (((($a = xs >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 4);
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 5);
    }
    list = $alloc_scratch(4, size | 0, 5);
    len = 0;
    n = ($a = xs >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k = 0;
    block3: {
      each4: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k >>> 0) >= (n >>> 0)) break block3;
        x = ($a = (((xs + ((k * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        t = x;
        $t0 = (list + ((len * 4) | 0)) | 0;
        dict$2e_1 = $alloc_scratch(8, 8, 6);
        id = ($a = t >>> 0) + 4 > $size ? $fault(7) : $dv.getInt32($a, true);
        $w = dict$2e_1 >>> 0;
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, id, true);
        decision = $call_fn$2e_route(0, t, 8);
        $w = (dict$2e_1 >>> 0) + 4;
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, decision, true);
        e5$v = dict$2e_1;
        $w = ($t0 >>> 0) + 4;
        $v = e5$v;
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, $v, true);
        len = (len + 1) | 0;
        k = (k + 1) | 0;
        continue each4;
      }
    }
    $w = list >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    routes = list;
    $w = (dict >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, routes, true);
    xs$2e_1 = tickets;
    size$2e_1 = 4 + (((($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 4);
    if (size$2e_1 > 2147483647) {
      $trap("MemoryLimitExceeded", 9);
    }
    list$2e_1 = $alloc_scratch(4, size$2e_1 | 0, 9);
    len$2e_1 = 0;
    n$2e_1 = ($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_1 = 0;
    block12: {
      each13: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_1 >>> 0) >= (n$2e_1 >>> 0)) break block12;
        x$2e_1 = ($a = (((xs$2e_1 + ((k$2e_1 * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        t$2e_1 = x$2e_1;
        scrut = $call_fn$2e_route(0, t$2e_1, 11);
        match17: {
          if ((($a = scrut >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 1) {
            e14$v = 1;
            break match17;
          }
          e14$v = 0;
        }
        if (e14$v) {
          t$2e_2 = x$2e_1;
          y = ($a = t$2e_2 >>> 0) + 4 > $size ? $fault(12) : $dv.getInt32($a, true);
          $w = (((list$2e_1 + ((len$2e_1 * 4) | 0)) | 0) >>> 0) + 4;
          if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
          $dv.setInt32($w, y, true);
          len$2e_1 = (len$2e_1 + 1) | 0;
        }
        k$2e_1 = (k$2e_1 + 1) | 0;
        continue each13;
      }
    }
    $w = list$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_1, true);
    escalated = list$2e_1;
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, escalated, true);
    xs$2e_2 = tickets;
    size$2e_2 = 4 + (((($a = xs$2e_2 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 4);
    if (size$2e_2 > 2147483647) {
      $trap("MemoryLimitExceeded", 13);
    }
    list$2e_2 = $alloc_scratch(4, size$2e_2 | 0, 13);
    len$2e_2 = 0;
    n$2e_2 = ($a = xs$2e_2 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_2 = 0;
    block24: {
      each25: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_2 >>> 0) >= (n$2e_2 >>> 0)) break block24;
        x$2e_2 = ($a = (((xs$2e_2 + ((k$2e_2 * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        t$2e_3 = x$2e_2;
        scrut$2e_1 = ($a = (t$2e_3 >>> 0) + 24) + 4 > $size ? $fault(14) : $dv.getInt32($a, true);
        match29: {
          if (scrut$2e_1 !== 0) {
            tier = ($a = scrut$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
            e26$v = $call_rt$2e_str_eq(tier, 8, 0);
            break match29;
          }
          if (scrut$2e_1 === 0) {
            e26$v = 0;
            break match29;
          }
          $trap("TypeMismatch", 16);
        }
        if (e26$v) {
          $w = (((list$2e_2 + ((len$2e_2 * 4) | 0)) | 0) >>> 0) + 4;
          $v = ($a = t$2e_3 >>> 0) + 4 > $size ? $fault(17) : $dv.getInt32($a, true);
          if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
          $dv.setInt32($w, $v, true);
          len$2e_2 = (len$2e_2 + 1) | 0;
        }
        k$2e_2 = (k$2e_2 + 1) | 0;
        continue each25;
      }
    }
    $w = list$2e_2 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_2, true);
    vip = list$2e_2;
    $w = (dict >>> 0) + 12;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, vip, true);
    result = dict;
    result$2e_1 = result;
    json_start = $output_ptr | 0;
    json_end = $call_codec$2e_enc$2e_record$2e_0(result$2e_1, json_start, 0, 0);
    if (json_end === (-2)) {
      $trap("NonFiniteFloat", 3);
    }
    if (json_end === (-1)) {
      $trap("MemoryLimitExceeded", 3);
    }
    $output_ptr = json_end >>> 0;
    return (json_end - json_start) | 0;
  }

  // (func $fn.route (param $env i32) (param $t i32) (result i32))
  function fn$2e_route(env, t) {
    let scrut = 0, c = 0, c$2e_1 = 0, obj = 0, c$2e_2 = 0, c$2e_3 = 0, obj$2e_1 = 0, c$2e_4 = 0, obj$2e_2 = 0, c$2e_5 = 0, obj$2e_3 = 0;
    let $a, $w;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    scrut = ($a = (t >>> 0) + 8) + 4 > $size ? $fault(18) : $dv.getInt32($a, true);
    if ((($a = scrut >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 2) {
      c = 632;
      c$2e_1 = 1;
      obj = $alloc_scratch(8, 24, 19);
      $w = obj >>> 0;
      if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
      $dv.setUint8($w, 1 & 0xff);
      $w = (obj >>> 0) + 8;
      if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
      $dv.setInt32($w, c, true);
      $w = (obj >>> 0) + 16;
      if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
      $i64_split(c$2e_1); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
      return obj;
    }
    if ((($a = scrut >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 1) {
      if ((($a = (t >>> 0) + 16) + 8 > $size ? $fault(21) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true))) > 48) {
        c$2e_2 = 644;
        c$2e_3 = 8;
        obj$2e_1 = $alloc_scratch(8, 24, 22);
        $w = obj$2e_1 >>> 0;
        if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
        $dv.setUint8($w, 1 & 0xff);
        $w = (obj$2e_1 >>> 0) + 8;
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, c$2e_2, true);
        $w = (obj$2e_1 >>> 0) + 16;
        if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
        $i64_split(c$2e_3); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
        return obj$2e_1;
      } else {
        c$2e_4 = 664;
        obj$2e_2 = $alloc_scratch(8, 8, 23);
        $w = obj$2e_2 >>> 0;
        if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
        $dv.setUint8($w, 0 & 0xff);
        $w = (obj$2e_2 >>> 0) + 4;
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, c$2e_4, true);
        return obj$2e_2;
      }
    }
    if ((($a = scrut >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 0) {
      if ($call_rt$2e_str_contains($call_rt$2e_str_lower(($a = (t >>> 0) + 4) + 4 > $size ? $fault(26) : $dv.getInt32($a, true), 25), 8992, 24)) {
        return 9016;
      } else {
        c$2e_5 = 9020;
        obj$2e_3 = $alloc_scratch(8, 8, 27);
        $w = obj$2e_3 >>> 0;
        if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
        $dv.setUint8($w, 0 & 0xff);
        $w = (obj$2e_3 >>> 0) + 4;
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, c$2e_5, true);
        return obj$2e_3;
      }
    }
    $trap("TypeMismatch", 28);
  }
