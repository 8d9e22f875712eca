// From libs/driver/testdata/emit-golden/list-comprehension.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js libs/driver/testdata/emit-golden/list-comprehension.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (85):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_dec$2e_int$2e_1
//   codec$2e_dec$2e_list$2e_0
//   codec$2e_skip
//   main$2e_args
//   rt$2e_u64_digits
//   rt$2e_u64_write_back
//   rt$2e_int_write
//   codec$2e_write_int
//   codec$2e_enc$2e_int$2e_3
//   codec$2e_enc$2e_list$2e_2
//   codec$2e_enc$2e_list$2e_1
//   codec$2e_enc$2e_bool$2e_6
//   codec$2e_enc$2e_record$2e_5
//   codec$2e_enc$2e_list$2e_4
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
//   $call_codec$2e_dec$2e_list$2e_0
//   $call_codec$2e_skip
//   $call_main$2e_args
//   $call_rt$2e_u64_digits
//   $call_rt$2e_u64_write_back
//   $call_rt$2e_int_write
//   $call_codec$2e_write_int
//   $call_codec$2e_enc$2e_int$2e_3
//   $call_codec$2e_enc$2e_list$2e_2
//   $call_codec$2e_enc$2e_list$2e_1
//   $call_codec$2e_enc$2e_bool$2e_6
//   $call_codec$2e_enc$2e_record$2e_5
//   $call_codec$2e_enc$2e_list$2e_4
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
          if (args_klen === 2) {
            if ((($a = args_kp >>> 0) + 2 > $size ? $fault(0) : $dv.getUint16($a, true)) === 29560) {
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
    let args = 0, xs = 0;
    let $a;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    xs = ($a = args >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    return main$tail(input_offset, input_len, output_offset, output_cap, args, xs);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, xs) {
    let dict = 0, xs$2e_1 = 0, size = 0, list = 0, len = 0, n = 0, k = 0, x = 0, x$2e_1 = 0, squares_of_positive = 0, xs$2e_2 = 0, size$2e_1 = 0, list$2e_1 = 0, len$2e_1 = 0, n$2e_1 = 0, k$2e_1 = 0, x$2e_2 = 0, x$2e_3 = 0, lo = 0, hi = 0, count = 0, size$2e_2 = 0, list$2e_2 = 0, len$2e_2 = 0, i = 0, y = 0, nested = 0, item = 0, spread = 0, xs$2e_3 = 0, size$2e_3 = 0, list$2e_3 = 0, len$2e_3 = 0, n$2e_2 = 0, k$2e_2 = 0, x$2e_4 = 0, x$2e_5 = 0, spread$2e_1 = 0, size$2e_4 = 0, list$2e_4 = 0, len$2e_4 = 0, slen = 0, slen$2e_1 = 0, spliced = 0, xs$2e_4 = 0, size$2e_5 = 0, list$2e_5 = 0, len$2e_5 = 0, n$2e_3 = 0, k$2e_3 = 0, x$2e_6 = 0, x$2e_7 = 0, dict$2e_1 = 0, n$2e_4 = 0, odd = 0, records = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $r, $a, $w, $v, $t0, e20$v, $t2, e42$v;
    dict = $alloc_scratch(8, 16, 3);
    xs$2e_1 = xs;
    size = 8 + (((($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 8);
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 4);
    }
    list = $alloc_scratch(8, size | 0, 4);
    len = 0;
    n = ($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k = 0;
    block3: {
      each4: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k >>> 0) >= (n >>> 0)) break block3;
        x = ($a = (((xs$2e_1 + ((k * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        x$2e_1 = x;
        if (x$2e_1 > 0) {
          $w = (((list + ((len * 8) | 0)) | 0) >>> 0) + 8;
          $v = typeof x$2e_1 === "number" && $safe($r = x$2e_1 * x$2e_1) ? $r + 0 : $i64_mul_checked(x$2e_1, x$2e_1, 6);
          if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
          $i64_split($v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
          len = (len + 1) | 0;
        }
        k = (k + 1) | 0;
        continue each4;
      }
    }
    $w = list >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    squares_of_positive = list;
    $w = dict >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, squares_of_positive, true);
    xs$2e_2 = xs;
    size$2e_1 = 4 + (((($a = xs$2e_2 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 4);
    if (size$2e_1 > 2147483647) {
      $trap("MemoryLimitExceeded", 7);
    }
    list$2e_1 = $alloc_scratch(4, size$2e_1 | 0, 7);
    len$2e_1 = 0;
    n$2e_1 = ($a = xs$2e_2 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_1 = 0;
    block13: {
      each14: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_1 >>> 0) >= (n$2e_1 >>> 0)) break block13;
        x$2e_2 = ($a = (((xs$2e_2 + ((k$2e_1 * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        x$2e_3 = x$2e_2;
        if ((typeof x$2e_3 === "number" ? x$2e_3 % 2 + 0 : $i64_rem_s(x$2e_3, 2, 9)) === 0) {
          $t0 = (list$2e_1 + ((len$2e_1 * 4) | 0)) | 0;
          lo = 0;
          hi = 3;
          if (hi > lo) {
            count = hi - lo;
          } else {
            count = 0;
          }
          if (((count < 0) ? 1 : 0) | ((count > 2147483647) ? 1 : 0)) {
            $trap("MemoryLimitExceeded", 10);
          }
          size$2e_2 = 8 + (((count | 0) >>> 0) * 8);
          if (size$2e_2 > 2147483647) {
            $trap("MemoryLimitExceeded", 11);
          }
          list$2e_2 = $alloc_scratch(8, size$2e_2 | 0, 11);
          len$2e_2 = 0;
          i = lo;
          block23: {
            range24: for (;;) {
              if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
              if (i >= hi) break block23;
              y = i;
              $w = (((list$2e_2 + ((len$2e_2 * 8) | 0)) | 0) >>> 0) + 8;
              $v = typeof x$2e_3 === "number" && typeof y === "number" && $safe($r = x$2e_3 + y) ? $r : $i64_add_checked(x$2e_3, y, 12);
              if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
              $i64_split($v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
              len$2e_2 = (len$2e_2 + 1) | 0;
              i = typeof i === "number" && $safe($r = i + 1) ? $r : $i64_add(i, 1);
              continue range24;
            }
          }
          $w = list$2e_2 >>> 0;
          if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
          $dv.setInt32($w, len$2e_2, true);
          e20$v = list$2e_2;
          $w = ($t0 >>> 0) + 4;
          $v = e20$v;
          if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
          $dv.setInt32($w, $v, true);
          len$2e_1 = (len$2e_1 + 1) | 0;
        }
        k$2e_1 = (k$2e_1 + 1) | 0;
        continue each14;
      }
    }
    $w = list$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_1, true);
    nested = list$2e_1;
    $w = (dict >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, nested, true);
    item = 0;
    spread = xs;
    xs$2e_3 = xs;
    size$2e_3 = 8 + (((($a = xs$2e_3 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 8);
    if (size$2e_3 > 2147483647) {
      $trap("MemoryLimitExceeded", 14);
    }
    list$2e_3 = $alloc_scratch(8, size$2e_3 | 0, 14);
    len$2e_3 = 0;
    n$2e_2 = ($a = xs$2e_3 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_2 = 0;
    block33: {
      each34: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_2 >>> 0) >= (n$2e_2 >>> 0)) break block33;
        x$2e_4 = ($a = (((xs$2e_3 + ((k$2e_2 * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        x$2e_5 = x$2e_4;
        $w = (((list$2e_3 + ((len$2e_3 * 8) | 0)) | 0) >>> 0) + 8;
        $v = typeof x$2e_5 === "number" && $safe($r = x$2e_5 * 10) ? $r + 0 : $i64_mul_checked(x$2e_5, 10, 15);
        if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
        $i64_split($v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
        len$2e_3 = (len$2e_3 + 1) | 0;
        k$2e_2 = (k$2e_2 + 1) | 0;
        continue each34;
      }
    }
    $w = list$2e_3 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_3, true);
    spread$2e_1 = list$2e_3;
    size$2e_4 = 8 + ((((((1 + (($a = spread >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true))) | 0) + (($a = spread$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true))) | 0) >>> 0) * 8);
    if (size$2e_4 > 2147483647) {
      $trap("MemoryLimitExceeded", 13);
    }
    list$2e_4 = $alloc_scratch(8, size$2e_4 | 0, 13);
    len$2e_4 = 0;
    $w = ((((list$2e_4 + 8) | 0) + ((len$2e_4 * 8) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(item); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    len$2e_4 = (len$2e_4 + 1) | 0;
    slen = ($a = spread >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    $memory_copy((((list$2e_4 + 8) | 0) + ((len$2e_4 * 8) | 0)) | 0, (spread + 8) | 0, (slen * 8) | 0, 13);
    len$2e_4 = (len$2e_4 + slen) | 0;
    slen$2e_1 = ($a = spread$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    $memory_copy((((list$2e_4 + 8) | 0) + ((len$2e_4 * 8) | 0)) | 0, (spread$2e_1 + 8) | 0, (slen$2e_1 * 8) | 0, 13);
    len$2e_4 = (len$2e_4 + slen$2e_1) | 0;
    $w = list$2e_4 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_4, true);
    spliced = list$2e_4;
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, spliced, true);
    xs$2e_4 = xs;
    size$2e_5 = 4 + (((($a = xs$2e_4 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 4);
    if (size$2e_5 > 2147483647) {
      $trap("MemoryLimitExceeded", 16);
    }
    list$2e_5 = $alloc_scratch(4, size$2e_5 | 0, 16);
    len$2e_5 = 0;
    n$2e_3 = ($a = xs$2e_4 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_3 = 0;
    block40: {
      each41: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_3 >>> 0) >= (n$2e_3 >>> 0)) break block40;
        x$2e_6 = ($a = (((xs$2e_4 + ((k$2e_3 * 8) | 0)) | 0) >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        x$2e_7 = x$2e_6;
        $t2 = (list$2e_5 + ((len$2e_5 * 4) | 0)) | 0;
        dict$2e_1 = $alloc_scratch(8, 16, 17);
        n$2e_4 = x$2e_7;
        $w = dict$2e_1 >>> 0;
        if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
        $i64_split(n$2e_4); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
        odd = ((((typeof x$2e_7 === "number" ? x$2e_7 % 2 + 0 : $i64_rem_s(x$2e_7, 2, 19)) === 0) ? 1 : 0) === 0) ? 1 : 0;
        $w = (dict$2e_1 >>> 0) + 8;
        if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
        $dv.setUint8($w, odd & 0xff);
        e42$v = dict$2e_1;
        $w = ($t2 >>> 0) + 4;
        $v = e42$v;
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, $v, true);
        len$2e_5 = (len$2e_5 + 1) | 0;
        k$2e_3 = (k$2e_3 + 1) | 0;
        continue each41;
      }
    }
    $w = list$2e_5 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_5, true);
    records = list$2e_5;
    $w = (dict >>> 0) + 12;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, records, true);
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
