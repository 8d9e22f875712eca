// From examples/feature-flags.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js examples/feature-flags.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (88):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_dec$2e_string$2e_2
//   codec$2e_dec$2e_int$2e_3
//   codec$2e_dec$2e_list$2e_4
//   codec$2e_skip
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
//   $call_codec$2e_dec$2e_string$2e_2
//   $call_codec$2e_dec$2e_int$2e_3
//   $call_codec$2e_dec$2e_list$2e_4
//   $call_codec$2e_skip
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
          if (args_klen === 4) {
            if ((($a = args_kp >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1919251317) {
              args_c = 0;
              break match5;
            }
          }
          if (args_klen === 15) {
            if (((((((($a = args_kp >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1819045746) ? 1 : 0) & (((($a = (args_kp >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1601467759) ? 1 : 0)) & (((($a = (args_kp >>> 0) + 8) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1668441456) ? 1 : 0)) & (((($a = (args_kp >>> 0) + 12) + 2 > $size ? $fault(0) : $dv.getUint16($a, true)) === 28261) ? 1 : 0)) & (((($a = (args_kp >>> 0) + 14) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 116) ? 1 : 0)) {
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
              args_r = $call_codec$2e_dec$2e_record$2e_0(args_pos, args_end, arg0_cell, 0);
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
            args_r = $call_codec$2e_dec$2e_int$2e_3(args_pos, args_end, arg1_cell, 0);
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
    let args = 0, user = 0, rollout_percent = 0;
    let $a;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    user = ($a = args >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    rollout_percent = ($a = (args >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    return main$tail(input_offset, input_len, output_offset, output_cap, args, user, rollout_percent);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, user, rollout_percent) {
    let dict = 0, bucket = 0, xs = 0, needle = 0, found = 0, n = 0, k = 0, x = 0, x$2e_1 = 0, beta = 0, dict$2e_1 = 0, new_checkout = 0, item = 0, item$2e_1 = 0, item$2e_2 = 0, item$2e_3 = 0, size = 0, list = 0, len = 0, xs$2e_1 = 0, needle$2e_1 = 0, found$2e_1 = 0, n$2e_1 = 0, k$2e_1 = 0, x$2e_2 = 0, x$2e_3 = 0, eu_banner = 0, loyalty = 0, xs$2e_2 = 0, any = 0, n$2e_2 = 0, k$2e_2 = 0, x$2e_4 = 0, g = 0, staff_tools = 0, flags = 0, part = 0, text = 0, cur = 0, len$2e_1 = 0, bucket_label = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $r, $a, $w, $t0, $t1, $t2;
    dict = $alloc_scratch(8, 24, 4);
    $t0 = ((($a = (($a = user >>> 0) + 4 > $size ? $fault(9) : $dv.getInt32($a, true)) >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 37;
    $t1 = ($a = (user >>> 0) + 8) + 8 > $size ? $fault(10) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    $t2 = typeof $t1 === "number" && $safe($r = $t0 + $t1) ? $r : $i64_add_checked($t0, $t1, 6);
    bucket = typeof $t2 === "number" ? $t2 % 100 + 0 : $i64_rem_s($t2, 100, 5);
    $w = dict >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(bucket); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    xs = ($a = (user >>> 0) + 16) + 4 > $size ? $fault(12) : $dv.getInt32($a, true);
    needle = 8;
    found = 0;
    n = ($a = xs >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k = 0;
    block15: {
      each16: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k >>> 0) >= (n >>> 0)) break block15;
        x = ($a = (((xs + ((k * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
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
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, beta & 0xff);
    dict$2e_1 = $alloc_scratch(8, 4, 13);
    if (beta) {
      new_checkout = 1;
    } else {
      new_checkout = (bucket < rollout_percent) ? 1 : 0;
    }
    $w = dict$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, new_checkout & 0xff);
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
    $w = ((((list + 4) | 0) + ((len * 4) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, item, true);
    len = (len + 1) | 0;
    $w = ((((list + 4) | 0) + ((len * 4) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, item$2e_1, true);
    len = (len + 1) | 0;
    $w = ((((list + 4) | 0) + ((len * 4) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, item$2e_2, true);
    len = (len + 1) | 0;
    $w = ((((list + 4) | 0) + ((len * 4) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, item$2e_3, true);
    len = (len + 1) | 0;
    $w = list >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    xs$2e_1 = list;
    needle$2e_1 = ($a = (user >>> 0) + 4) + 4 > $size ? $fault(18) : $dv.getInt32($a, true);
    found$2e_1 = 0;
    n$2e_1 = ($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_1 = 0;
    block31: {
      each32: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_1 >>> 0) >= (n$2e_1 >>> 0)) break block31;
        x$2e_2 = ($a = (((xs$2e_1 + ((k$2e_1 * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
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
    $w = (dict$2e_1 >>> 0) + 1;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, eu_banner & 0xff);
    loyalty = ((($a = (user >>> 0) + 8) + 8 > $size ? $fault(20) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true))) >= 365) ? 1 : 0;
    $w = (dict$2e_1 >>> 0) + 2;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, loyalty & 0xff);
    xs$2e_2 = ($a = (user >>> 0) + 16) + 4 > $size ? $fault(22) : $dv.getInt32($a, true);
    any = 0;
    n$2e_2 = ($a = xs$2e_2 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_2 = 0;
    block40: {
      each41: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_2 >>> 0) >= (n$2e_2 >>> 0)) break block40;
        x$2e_4 = ($a = (((xs$2e_2 + ((k$2e_2 * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
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
    $w = (dict$2e_1 >>> 0) + 3;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, staff_tools & 0xff);
    flags = dict$2e_1;
    $w = (dict >>> 0) + 12;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, flags, true);
    part = bucket;
    text = ((($scratch_ptr | 0) + 3) | 0) & (-4);
    cur = (text + 4) | 0;
    if ((((cur + 27) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 24);
    }
    $w = cur >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, 1801680226, true);
    $w = (cur >>> 0) + 4;
    if (($w < $scratch_start || $w + 2 > $high_end) && ($w < $low_start || $w + 2 > $low_end)) $write($w, $w + 2, 0);
    $dv.setUint16($w, 29797 & 0xffff, true);
    $w = (cur >>> 0) + 6;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 32 & 0xff);
    cur = (cur + 7) | 0;
    cur = (cur + $call_rt$2e_int_write(part, cur, 24)) | 0;
    if ((((cur + 7) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 24);
    }
    $w = cur >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, 543584032, true);
    $w = (cur >>> 0) + 4;
    if (($w < $scratch_start || $w + 2 > $high_end) && ($w < $low_start || $w + 2 > $low_end)) $write($w, $w + 2, 0);
    $dv.setUint16($w, 12337 & 0xffff, true);
    $w = (cur >>> 0) + 6;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 48 & 0xff);
    cur = (cur + 7) | 0;
    len$2e_1 = (((cur - text) | 0) - 4) | 0;
    $w = text >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_1, true);
    bucket_label = $alloc_scratch(4, (len$2e_1 + 4) | 0, 24);
    $w = (dict >>> 0) + 16;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, bucket_label, true);
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
