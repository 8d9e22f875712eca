// From libs/driver/testdata/emit-golden/strings.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js libs/driver/testdata/emit-golden/strings.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (132):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_dec$2e_string$2e_0
//   codec$2e_skip
//   codec$2e_dec$2e_int$2e_1
//   main$2e_args
//   rt$2e_u64_digits
//   rt$2e_u64_write_back
//   rt$2e_int_write
//   rt$2e_mul_shift_64
//   rt$2e_pow5_factor_at_least
//   rt$2e_f64_shortest
//   rt$2e_float_text_write
//   rt$2e_str_upper
//   rt$2e_str_trim
//   rt$2e_final_sigma
//   rt$2e_str_lower
//   rt$2e_mem_chr
//   rt$2e_mem_eq
//   rt$2e_find_bytes
//   rt$2e_str_split
//   rt$2e_str_join
//   rt$2e_utf8_count
//   rt$2e_str_replace
//   rt$2e_str_substring
//   rt$2e_str_starts_with
//   rt$2e_str_ends_with
//   rt$2e_str_find
//   rt$2e_str_contains
//   codec$2e_enc$2e_bool$2e_2
//   codec$2e_enc$2e_list$2e_1
//   codec$2e_write_str
//   codec$2e_enc$2e_string$2e_3
//   codec$2e_write_int
//   codec$2e_enc$2e_int$2e_4
//   codec$2e_enc$2e_list$2e_5
//   codec$2e_enc$2e_record$2e_0
//   main
//   $call_codec$2e_hex4
//   $call_rt$2e_utf8_valid
//   $call_codec$2e_str_check
//   $call_codec$2e_num_end
//   $call_codec$2e_json_valid
//   $call_codec$2e_str_end
//   $call_codec$2e_str_unescape
//   $call_codec$2e_dec$2e_string$2e_0
//   $call_codec$2e_skip
//   $call_codec$2e_dec$2e_int$2e_1
//   $call_main$2e_args
//   $call_rt$2e_u64_digits
//   $call_rt$2e_u64_write_back
//   $call_rt$2e_int_write
//   $call_rt$2e_mul_shift_64
//   $call_rt$2e_pow5_factor_at_least
//   $call_rt$2e_f64_shortest
//   $call_rt$2e_float_text_write
//   $call_rt$2e_str_upper
//   $call_rt$2e_str_trim
//   $call_rt$2e_final_sigma
//   $call_rt$2e_str_lower
//   $call_rt$2e_mem_chr
//   $call_rt$2e_mem_eq
//   $call_rt$2e_find_bytes
//   $call_rt$2e_str_split
//   $call_rt$2e_str_join
//   $call_rt$2e_utf8_count
//   $call_rt$2e_str_replace
//   $call_rt$2e_str_substring
//   $call_rt$2e_str_starts_with
//   $call_rt$2e_str_ends_with
//   $call_rt$2e_str_find
//   $call_rt$2e_str_contains
//   $call_codec$2e_enc$2e_bool$2e_2
//   $call_codec$2e_enc$2e_list$2e_1
//   $call_codec$2e_write_str
//   $call_codec$2e_enc$2e_string$2e_3
//   $call_codec$2e_write_int
//   $call_codec$2e_enc$2e_int$2e_4
//   $call_codec$2e_enc$2e_list$2e_5
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
//   $i64_lt_u
//   $i64_gt_u
//   $i64_le_u
//   $i64_ge_u
//   $i32_wrap_i64
//   $f64_convert_i64_s
//   $i64_reinterpret_f64
//   $i32_mul
//   $i32_div_u
//   $i32_ctz
//   $i32_popcnt
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
            if ((($a = args_kp >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1701667182) {
              args_c = 0;
              break match5;
            }
          }
          if (args_klen === 1) {
            if ((($a = args_kp >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 110) {
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
              args_r = $call_codec$2e_dec$2e_string$2e_0(args_pos, args_end, arg0_cell, 0);
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
            args_r = $call_codec$2e_dec$2e_int$2e_1(args_pos, args_end, arg1_cell, 0);
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
    let args = 0, name = 0, n = 0, dict = 0, part = 0, text = 0, cur = 0, s = 0, slen = 0, len = 0, hello = 0, part$2e_1 = 0, part$2e_2 = 0, text$2e_1 = 0, cur$2e_1 = 0, s$2e_1 = 0, slen$2e_1 = 0, len$2e_1 = 0, counted = 0, part$2e_3 = 0, part$2e_4 = 0, part$2e_5 = 0, part$2e_6 = 0, text$2e_2 = 0, cur$2e_2 = 0, s$2e_2 = 0, slen$2e_2 = 0, s$2e_3 = 0, slen$2e_3 = 0, len$2e_2 = 0, interpolated = 0, shout = 0, quiet = 0, r = 0, words = 0, item = 0, item$2e_1 = 0, item$2e_2 = 0, size = 0, list = 0, len$2e_3 = 0, joined = 0, replaced = 0, r$2e_1 = 0, prefix = 0, item$2e_3 = 0, item$2e_4 = 0, item$2e_5 = 0, size$2e_1 = 0, list$2e_1 = 0, len$2e_4 = 0, checks = 0, size$2e_2 = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $a, $w, e25$v;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    name = ($a = args >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    n = ($a = (args >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    dict = $alloc_scratch(8, 48, 4);
    part = name;
    text = ((($scratch_ptr | 0) + 3) | 0) & (-4);
    cur = (text + 4) | 0;
    s = part;
    slen = ($a = s >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if ((((cur + ((7 + slen) | 0)) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 5);
    }
    $w = cur >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, 1819043144, true);
    $w = (cur >>> 0) + 4;
    if (($w < $scratch_start || $w + 2 > $high_end) && ($w < $low_start || $w + 2 > $low_end)) $write($w, $w + 2, 0);
    $dv.setUint16($w, 11375 & 0xffff, true);
    $w = (cur >>> 0) + 6;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 32 & 0xff);
    cur = (cur + 7) | 0;
    $memory_copy(cur, (s + 4) | 0, slen, 5);
    cur = (cur + slen) | 0;
    if ((((cur + 1) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 5);
    }
    $w = cur >>> 0;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 33 & 0xff);
    cur = (cur + 1) | 0;
    len = (((cur - text) | 0) - 4) | 0;
    $w = text >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    hello = $alloc_scratch(4, (len + 4) | 0, 5);
    $w = dict >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, hello, true);
    part$2e_1 = name;
    part$2e_2 = n;
    text$2e_1 = ((($scratch_ptr | 0) + 3) | 0) & (-4);
    cur$2e_1 = (text$2e_1 + 4) | 0;
    s$2e_1 = part$2e_1;
    slen$2e_1 = ($a = s$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if ((((cur$2e_1 + slen$2e_1) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 6);
    }
    $memory_copy(cur$2e_1, (s$2e_1 + 4) | 0, slen$2e_1, 6);
    cur$2e_1 = (cur$2e_1 + slen$2e_1) | 0;
    if ((((cur$2e_1 + 20) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 6);
    }
    cur$2e_1 = (cur$2e_1 + $call_rt$2e_int_write(part$2e_2, cur$2e_1, 6)) | 0;
    if ((((cur$2e_1 + 4) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 6);
    }
    $w = cur$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, 1702195828, true);
    cur$2e_1 = (cur$2e_1 + 4) | 0;
    len$2e_1 = (((cur$2e_1 - text$2e_1) | 0) - 4) | 0;
    $w = text$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_1, true);
    counted = $alloc_scratch(4, (len$2e_1 + 4) | 0, 6);
    $w = (dict >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, counted, true);
    part$2e_3 = name;
    part$2e_4 = n;
    part$2e_5 = $f64_convert_i64_s(n) * 1.5;
    part$2e_6 = (n > 2) ? 1 : 0;
    text$2e_2 = ((($scratch_ptr | 0) + 3) | 0) & (-4);
    cur$2e_2 = (text$2e_2 + 4) | 0;
    s$2e_2 = part$2e_3;
    slen$2e_2 = ($a = s$2e_2 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if ((((cur$2e_2 + slen$2e_2) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 9);
    }
    $memory_copy(cur$2e_2, (s$2e_2 + 4) | 0, slen$2e_2, 9);
    cur$2e_2 = (cur$2e_2 + slen$2e_2) | 0;
    if ((((cur$2e_2 + 25) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 9);
    }
    $w = cur$2e_2 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, 1935763488, true);
    $w = (cur$2e_2 >>> 0) + 4;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 32 & 0xff);
    cur$2e_2 = (cur$2e_2 + 5) | 0;
    cur$2e_2 = (cur$2e_2 + $call_rt$2e_int_write(part$2e_4, cur$2e_2, 9)) | 0;
    if ((((cur$2e_2 + 340) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 9);
    }
    $memory_copy((cur$2e_2 + 0) | 0, 10900, 10, 9);
    cur$2e_2 = (cur$2e_2 + 10) | 0;
    cur$2e_2 = (cur$2e_2 + $call_rt$2e_float_text_write(part$2e_5, cur$2e_2, 9)) | 0;
    s$2e_3 = part$2e_6 ? 10912 : 10920;
    slen$2e_3 = ($a = s$2e_3 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if ((((cur$2e_2 + ((7 + slen$2e_3) | 0)) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 9);
    }
    $w = cur$2e_2 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, 1667327264, true);
    $w = (cur$2e_2 >>> 0) + 4;
    if (($w < $scratch_start || $w + 2 > $high_end) && ($w < $low_start || $w + 2 > $low_end)) $write($w, $w + 2, 0);
    $dv.setUint16($w, 8296 & 0xffff, true);
    $w = (cur$2e_2 >>> 0) + 6;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 40 & 0xff);
    cur$2e_2 = (cur$2e_2 + 7) | 0;
    $memory_copy(cur$2e_2, (s$2e_3 + 4) | 0, slen$2e_3, 9);
    cur$2e_2 = (cur$2e_2 + slen$2e_3) | 0;
    if ((((cur$2e_2 + 1) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 9);
    }
    $w = cur$2e_2 >>> 0;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 41 & 0xff);
    cur$2e_2 = (cur$2e_2 + 1) | 0;
    len$2e_2 = (((cur$2e_2 - text$2e_2) | 0) - 4) | 0;
    $w = text$2e_2 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_2, true);
    interpolated = $alloc_scratch(4, (len$2e_2 + 4) | 0, 9);
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, interpolated, true);
    shout = $call_rt$2e_str_upper(name, 10);
    $w = (dict >>> 0) + 12;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, shout, true);
    quiet = $call_rt$2e_str_lower($call_rt$2e_str_trim(15680, 12), 11);
    $w = (dict >>> 0) + 16;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, quiet, true);
    r = $call_rt$2e_str_split(24016, 24028, 13);
    if (r === 0) {
      $trap("UnsupportedOperator", 13);
    }
    words = r;
    $w = (dict >>> 0) + 20;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, words, true);
    item = 24036;
    item$2e_1 = name;
    item$2e_2 = 24044;
    size = 16;
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 15);
    }
    list = $alloc_scratch(4, size | 0, 15);
    len$2e_3 = 0;
    $w = ((((list + 4) | 0) + ((len$2e_3 * 4) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, item, true);
    len$2e_3 = (len$2e_3 + 1) | 0;
    $w = ((((list + 4) | 0) + ((len$2e_3 * 4) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, item$2e_1, true);
    len$2e_3 = (len$2e_3 + 1) | 0;
    $w = ((((list + 4) | 0) + ((len$2e_3 * 4) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, item$2e_2, true);
    len$2e_3 = (len$2e_3 + 1) | 0;
    $w = list >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_3, true);
    e25$v = list;
    joined = $call_rt$2e_str_join(e25$v, 24052, 14);
    $w = (dict >>> 0) + 24;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, joined, true);
    replaced = $call_rt$2e_str_replace(name, 24060, 24068, 16);
    $w = (dict >>> 0) + 28;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, replaced, true);
    r$2e_1 = $call_rt$2e_str_substring(name, 0, 2, 17);
    if (r$2e_1 === 0) {
      $trap("IndexOutOfBounds", 17);
    }
    prefix = r$2e_1;
    $w = (dict >>> 0) + 32;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, prefix, true);
    item$2e_3 = $call_rt$2e_str_starts_with(name, 24076, 19);
    item$2e_4 = $call_rt$2e_str_ends_with(name, 24060, 20);
    item$2e_5 = $call_rt$2e_str_contains(name, 24084, 21);
    size$2e_1 = 7;
    if (size$2e_1 > 2147483647) {
      $trap("MemoryLimitExceeded", 18);
    }
    list$2e_1 = $alloc_scratch(4, size$2e_1 | 0, 18);
    len$2e_4 = 0;
    $w = ((((list$2e_1 + 4) | 0) + ((len$2e_4 * 1) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, item$2e_3 & 0xff);
    len$2e_4 = (len$2e_4 + 1) | 0;
    $w = ((((list$2e_1 + 4) | 0) + ((len$2e_4 * 1) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, item$2e_4 & 0xff);
    len$2e_4 = (len$2e_4 + 1) | 0;
    $w = ((((list$2e_1 + 4) | 0) + ((len$2e_4 * 1) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, item$2e_5 & 0xff);
    len$2e_4 = (len$2e_4 + 1) | 0;
    $w = list$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_4, true);
    checks = list$2e_1;
    $w = (dict >>> 0) + 36;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, checks, true);
    size$2e_2 = (($a = name >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0;
    $w = (dict >>> 0) + 40;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(size$2e_2); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
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
