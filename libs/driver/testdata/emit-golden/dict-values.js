// From libs/driver/testdata/emit-golden/dict-values.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js libs/driver/testdata/emit-golden/dict-values.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (100):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_dec$2e_int$2e_1
//   codec$2e_skip
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
//   $call_codec$2e_dec$2e_int$2e_1
//   $call_codec$2e_skip
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
          if (args_klen === 6) {
            if ((((($a = args_kp >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1667854960) ? 1 : 0) & (((($a = (args_kp >>> 0) + 4) + 2 > $size ? $fault(0) : $dv.getUint16($a, true)) === 29541) ? 1 : 0)) {
              args_c = 0;
              break match5;
            }
          }
          if (args_klen === 6) {
            if ((((($a = args_kp >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1953390967) ? 1 : 0) & (((($a = (args_kp >>> 0) + 4) + 2 > $size ? $fault(0) : $dv.getUint16($a, true)) === 25701) ? 1 : 0)) {
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
              args_r = $call_codec$2e_dec$2e_dict$2e_0(args_pos, args_end, arg0_cell, 0);
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
            args_r = $call_codec$2e_dec$2e_string$2e_2(args_pos, args_end, arg1_cell, 0);
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
    arg$2e_1 = ($a = arg1_cell >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if (args_unexpected) {
      $trap("UnexpectedMainArg", 1);
    }
    args_out = $alloc_scratch(8, 16, 1);
    $w = args_out >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, arg, true);
    $w = (args_out >>> 0) + 8;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, arg$2e_1, true);
    return args_out;
  }

  // (func $dict.put.Int (param $d i32) (param $k i32) (param $v i64)) — entry fuel charged by $call_dict$2e_put$2e_Int
  function dict$2e_put$2e_Int(d, k, v) {
    let lo = 0, hi = 0, mid = 0, r = 0, len = 0;
    let $a, $w, $v;
    hi = ($a = d >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    block0: {
      loop1: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((lo >>> 0) >= (hi >>> 0)) break block0;
        mid = (((lo + hi) | 0) >>> 1) | 0;
        r = $call_rt$2e_str_cmp(($a = ((((d + 8) | 0) + ((mid * 16) | 0)) | 0) >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true), k, 0);
        if (r === 0) {
          $w = (((((d + 8) | 0) + ((mid * 16) | 0)) | 0) >>> 0) + 8;
          if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
          $i64_split(v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
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
    len = ($a = d >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    $memory_copy((((d + 8) | 0) + ((((lo + 1) | 0) * 16) | 0)) | 0, (((d + 8) | 0) + ((lo * 16) | 0)) | 0, (((len - lo) | 0) * 16) | 0, 0);
    $w = ((((d + 8) | 0) + ((lo * 16) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, k, true);
    $w = (((((d + 8) | 0) + ((lo * 16) | 0)) | 0) >>> 0) + 8;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $w = d >>> 0;
    $v = (len + 1) | 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, $v, true);
  }

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let args = 0, prices = 0, wanted = 0;
    let $a;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    prices = ($a = args >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    wanted = ($a = (args >>> 0) + 8) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    return main$tail(input_offset, input_len, output_offset, output_cap, args, prices, wanted);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, prices, wanted) {
    let dict = 0, d = 0, n = 0, size = 0, list = 0, i = 0, names = 0, d$2e_1 = 0, n$2e_1 = 0, size$2e_1 = 0, list$2e_1 = 0, i$2e_1 = 0, xs = 0, sum = 0, n$2e_2 = 0, k = 0, x = 0, total = 0, d$2e_2 = 0, k$2e_1 = 0, has_wanted = 0, d$2e_3 = 0, n$2e_3 = 0, size$2e_2 = 0, list$2e_2 = 0, i$2e_2 = 0, xs$2e_1 = 0, size$2e_3 = 0, list$2e_3 = 0, len = 0, n$2e_4 = 0, k$2e_2 = 0, x$2e_1 = 0, n$2e_5 = 0, d$2e_4 = 0, k$2e_3 = 0, idx = 0, dict$2e_1 = 0, name = 0, d$2e_5 = 0, k$2e_4 = 0, idx$2e_1 = 0, price = 0, doubled = 0, dict$2e_2 = 0, spread = 0, extra = 0, cap = 0, dict$2e_3 = 0, src = 0, i$2e_3 = 0, at = 0, merged = 0, size$2e_4 = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $r, $a, $w, $v, e23$v, $t1, e27$v, e30$v, $t4;
    dict = $alloc_scratch(8, 40, 4);
    d = prices;
    n = ($a = d >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    size = 4 + ((n >>> 0) * 4);
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 5);
    }
    list = $alloc_scratch(4, size | 0, 5);
    $w = list >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, n, true);
    i = 0;
    block3: {
      loop4: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((i >>> 0) >= (n >>> 0)) break block3;
        $w = (((list + ((i * 4) | 0)) | 0) >>> 0) + 4;
        $v = ($a = (((d + ((i * 16) | 0)) | 0) >>> 0) + 8) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, $v, true);
        i = (i + 1) | 0;
        continue loop4;
      }
    }
    names = list;
    $w = dict >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, names, true);
    d$2e_1 = prices;
    n$2e_1 = ($a = d$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    size$2e_1 = 8 + ((n$2e_1 >>> 0) * 8);
    if (size$2e_1 > 2147483647) {
      $trap("MemoryLimitExceeded", 7);
    }
    list$2e_1 = $alloc_scratch(8, size$2e_1 | 0, 7);
    $w = list$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, n$2e_1, true);
    i$2e_1 = 0;
    block8: {
      loop9: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((i$2e_1 >>> 0) >= (n$2e_1 >>> 0)) break block8;
        $w = (((list$2e_1 + ((i$2e_1 * 8) | 0)) | 0) >>> 0) + 8;
        $v = ($a = (((d$2e_1 + ((i$2e_1 * 16) | 0)) | 0) >>> 0) + 16) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
        $i64_split($v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
        i$2e_1 = (i$2e_1 + 1) | 0;
        continue loop9;
      }
    }
    xs = list$2e_1;
    sum = 0;
    n$2e_2 = ($a = xs >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k = 0;
    block10: {
      each11: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k >>> 0) >= (n$2e_2 >>> 0)) break block10;
        x = ($a = (((xs + ((k * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        sum = typeof sum === "number" && typeof x === "number" && $safe($r = sum + x) ? $r : $i64_add_checked(sum, x, 6);
        k = (k + 1) | 0;
        continue each11;
      }
    }
    total = sum;
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(total); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    d$2e_2 = prices;
    k$2e_1 = wanted;
    has_wanted = ($call_rt$2e_dict_find(d$2e_2, k$2e_1, 8, 16, 8) >= 0) ? 1 : 0;
    $w = (dict >>> 0) + 16;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, has_wanted & 0xff);
    d$2e_3 = prices;
    n$2e_3 = ($a = d$2e_3 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    size$2e_2 = 4 + ((n$2e_3 >>> 0) * 4);
    if (size$2e_2 > 2147483647) {
      $trap("MemoryLimitExceeded", 9);
    }
    list$2e_2 = $alloc_scratch(4, size$2e_2 | 0, 9);
    $w = list$2e_2 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, n$2e_3, true);
    i$2e_2 = 0;
    block18: {
      loop19: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((i$2e_2 >>> 0) >= (n$2e_3 >>> 0)) break block18;
        $w = (((list$2e_2 + ((i$2e_2 * 4) | 0)) | 0) >>> 0) + 4;
        $v = ($a = (((d$2e_3 + ((i$2e_2 * 16) | 0)) | 0) >>> 0) + 8) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, $v, true);
        i$2e_2 = (i$2e_2 + 1) | 0;
        continue loop19;
      }
    }
    xs$2e_1 = list$2e_2;
    size$2e_3 = 4 + (((($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 4);
    if (size$2e_3 > 2147483647) {
      $trap("MemoryLimitExceeded", 10);
    }
    list$2e_3 = $alloc_scratch(4, size$2e_3 | 0, 10);
    len = 0;
    n$2e_4 = ($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_2 = 0;
    block20: {
      each21: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_2 >>> 0) >= (n$2e_4 >>> 0)) break block20;
        x$2e_1 = ($a = (((xs$2e_1 + ((k$2e_2 * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        n$2e_5 = x$2e_1;
        d$2e_4 = prices;
        k$2e_3 = n$2e_5;
        idx = $call_rt$2e_dict_find(d$2e_4, k$2e_3, 8, 16, 12);
        if (idx < 0) {
          $trap("VariableNotFound", 12);
        }
        e23$v = ($a = (((d$2e_4 + ((idx * 16) | 0)) | 0) >>> 0) + 16) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        if (e23$v > 1) {
          $t1 = (list$2e_3 + ((len * 4) | 0)) | 0;
          dict$2e_1 = $alloc_scratch(8, 16, 13);
          name = n$2e_5;
          $w = dict$2e_1 >>> 0;
          if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
          $dv.setInt32($w, name, true);
          d$2e_5 = prices;
          k$2e_4 = n$2e_5;
          idx$2e_1 = $call_rt$2e_dict_find(d$2e_5, k$2e_4, 8, 16, 15);
          if (idx$2e_1 < 0) {
            $trap("VariableNotFound", 15);
          }
          e30$v = ($a = (((d$2e_5 + ((idx$2e_1 * 16) | 0)) | 0) >>> 0) + 16) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
          $t4 = e30$v;
          price = typeof $t4 === "number" && $safe($r = $t4 * 2) ? $r + 0 : $i64_mul_checked($t4, 2, 14);
          $w = (dict$2e_1 >>> 0) + 8;
          if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
          $i64_split(price); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
          e27$v = dict$2e_1;
          $w = ($t1 >>> 0) + 4;
          $v = e27$v;
          if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
          $dv.setInt32($w, $v, true);
          len = (len + 1) | 0;
        }
        k$2e_2 = (k$2e_2 + 1) | 0;
        continue each21;
      }
    }
    $w = list$2e_3 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    doubled = list$2e_3;
    $w = (dict >>> 0) + 20;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, doubled, true);
    dict$2e_2 = $alloc_scratch(8, 8, 16);
    spread = prices;
    extra = 99;
    $w = dict$2e_2 >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(extra); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    cap = (1 + (($a = spread >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true))) | 0;
    dict$2e_3 = $alloc_scratch(8, (8 + ((cap * 16) | 0)) | 0, 16);
    $w = dict$2e_3 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, 0, true);
    src = spread;
    i$2e_3 = 0;
    block37: {
      loop38: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((i$2e_3 >>> 0) >= ((($a = src >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0)) break block37;
        at = (((src + 8) | 0) + ((i$2e_3 * 16) | 0)) | 0;
        $call_dict$2e_put$2e_Int(dict$2e_3, ($a = at >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true), ($a = (at >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true)), 16);
        i$2e_3 = (i$2e_3 + 1) | 0;
        continue loop38;
      }
    }
    $call_dict$2e_put$2e_Int(dict$2e_3, 8, ($a = dict$2e_2 >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true)), 16);
    merged = dict$2e_3;
    $w = (dict >>> 0) + 24;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, merged, true);
    size$2e_4 = (($a = prices >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0;
    $w = (dict >>> 0) + 32;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(size$2e_4); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
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
