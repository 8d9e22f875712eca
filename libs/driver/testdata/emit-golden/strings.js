// From libs/driver/testdata/emit-golden/strings.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js libs/driver/testdata/emit-golden/strings.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (139):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_skip
//   codec$2e_dec$2e_string$2e_0
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
//   $call_codec$2e_skip
//   $call_codec$2e_dec$2e_string$2e_0
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
            if ($i32_load(args_kp, 0, 0) === 1701667182) {
              args_c = 0;
              break match5;
            }
          }
          if (args_klen === 1) {
            if ($i32_load8_u(args_kp, 0, 0) === 110) {
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
    if ($call_codec$2e_dec$2e_string$2e_0(arg0_at, args_end, cell, 0) < 0) {
      $trap("MainArgTypeMismatch", 2);
    }
    arg = $i32_load(cell, 0, 0);
    if (arg1_at === 0) {
      $trap("MissingMainArg", 3);
    }
    cell$2e_1 = $alloc_scratch(8, 8, 0);
    if ($call_codec$2e_dec$2e_int$2e_1(arg1_at, args_end, cell$2e_1, 0) < 0) {
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
    let args = 0, name = 0, n = 0, dict = 0, part = 0, text = 0, cur = 0, s = 0, slen = 0, len = 0, hello = 0, part$2e_1 = 0, part$2e_2 = 0, text$2e_1 = 0, cur$2e_1 = 0, s$2e_1 = 0, slen$2e_1 = 0, len$2e_1 = 0, counted = 0, part$2e_3 = 0, part$2e_4 = 0, part$2e_5 = 0, part$2e_6 = 0, text$2e_2 = 0, cur$2e_2 = 0, s$2e_2 = 0, slen$2e_2 = 0, s$2e_3 = 0, slen$2e_3 = 0, len$2e_2 = 0, interpolated = 0, shout = 0, quiet = 0, r = 0, words = 0, item = 0, item$2e_1 = 0, item$2e_2 = 0, size = 0, list = 0, len$2e_3 = 0, joined = 0, replaced = 0, r$2e_1 = 0, prefix = 0, item$2e_3 = 0, item$2e_4 = 0, item$2e_5 = 0, size$2e_1 = 0, list$2e_1 = 0, len$2e_4 = 0, checks = 0, size$2e_2 = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let e25$v;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    name = $i32_load(args, 0, 0);
    n = $i64_load(args, 8, 0);
    dict = $alloc_scratch(8, 48, 4);
    part = name;
    text = ((($scratch_ptr | 0) + 3) | 0) & (-4);
    cur = (text + 4) | 0;
    s = part;
    slen = $i32_load(s, 0, 0);
    if ((((cur + ((7 + slen) | 0)) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 5);
    }
    $i32_store(cur, 0, 1819043144, 0);
    $i32_store16(cur, 4, 11375, 0);
    $i32_store8(cur, 6, 32, 0);
    cur = (cur + 7) | 0;
    $memory_copy(cur, (s + 4) | 0, slen, 5);
    cur = (cur + slen) | 0;
    if ((((cur + 1) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 5);
    }
    $i32_store8(cur, 0, 33, 0);
    cur = (cur + 1) | 0;
    len = (((cur - text) | 0) - 4) | 0;
    $i32_store(text, 0, len, 0);
    hello = $alloc_scratch(4, (len + 4) | 0, 5);
    $i32_store(dict, 0, hello, 0);
    part$2e_1 = name;
    part$2e_2 = n;
    text$2e_1 = ((($scratch_ptr | 0) + 3) | 0) & (-4);
    cur$2e_1 = (text$2e_1 + 4) | 0;
    s$2e_1 = part$2e_1;
    slen$2e_1 = $i32_load(s$2e_1, 0, 0);
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
    $i32_store(cur$2e_1, 0, 1702195828, 0);
    cur$2e_1 = (cur$2e_1 + 4) | 0;
    len$2e_1 = (((cur$2e_1 - text$2e_1) | 0) - 4) | 0;
    $i32_store(text$2e_1, 0, len$2e_1, 0);
    counted = $alloc_scratch(4, (len$2e_1 + 4) | 0, 6);
    $i32_store(dict, 4, counted, 0);
    part$2e_3 = name;
    part$2e_4 = n;
    part$2e_5 = $f64_convert_i64_s(n) * 1.5;
    part$2e_6 = (n > 2) ? 1 : 0;
    text$2e_2 = ((($scratch_ptr | 0) + 3) | 0) & (-4);
    cur$2e_2 = (text$2e_2 + 4) | 0;
    s$2e_2 = part$2e_3;
    slen$2e_2 = $i32_load(s$2e_2, 0, 0);
    if ((((cur$2e_2 + slen$2e_2) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 9);
    }
    $memory_copy(cur$2e_2, (s$2e_2 + 4) | 0, slen$2e_2, 9);
    cur$2e_2 = (cur$2e_2 + slen$2e_2) | 0;
    if ((((cur$2e_2 + 25) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 9);
    }
    $i32_store(cur$2e_2, 0, 1935763488, 0);
    $i32_store8(cur$2e_2, 4, 32, 0);
    cur$2e_2 = (cur$2e_2 + 5) | 0;
    cur$2e_2 = (cur$2e_2 + $call_rt$2e_int_write(part$2e_4, cur$2e_2, 9)) | 0;
    if ((((cur$2e_2 + 340) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 9);
    }
    $memory_copy((cur$2e_2 + 0) | 0, 10900, 10, 9);
    cur$2e_2 = (cur$2e_2 + 10) | 0;
    cur$2e_2 = (cur$2e_2 + $call_rt$2e_float_text_write(part$2e_5, cur$2e_2, 9)) | 0;
    s$2e_3 = part$2e_6 ? 10912 : 10920;
    slen$2e_3 = $i32_load(s$2e_3, 0, 0);
    if ((((cur$2e_2 + ((7 + slen$2e_3) | 0)) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 9);
    }
    $i32_store(cur$2e_2, 0, 1667327264, 0);
    $i32_store16(cur$2e_2, 4, 8296, 0);
    $i32_store8(cur$2e_2, 6, 40, 0);
    cur$2e_2 = (cur$2e_2 + 7) | 0;
    $memory_copy(cur$2e_2, (s$2e_3 + 4) | 0, slen$2e_3, 9);
    cur$2e_2 = (cur$2e_2 + slen$2e_3) | 0;
    if ((((cur$2e_2 + 1) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 9);
    }
    $i32_store8(cur$2e_2, 0, 41, 0);
    cur$2e_2 = (cur$2e_2 + 1) | 0;
    len$2e_2 = (((cur$2e_2 - text$2e_2) | 0) - 4) | 0;
    $i32_store(text$2e_2, 0, len$2e_2, 0);
    interpolated = $alloc_scratch(4, (len$2e_2 + 4) | 0, 9);
    $i32_store(dict, 8, interpolated, 0);
    shout = $call_rt$2e_str_upper(name, 10);
    $i32_store(dict, 12, shout, 0);
    quiet = $call_rt$2e_str_lower($call_rt$2e_str_trim(15680, 12), 11);
    $i32_store(dict, 16, quiet, 0);
    r = $call_rt$2e_str_split(24016, 24028, 13);
    if (r === 0) {
      $trap("UnsupportedOperator", 13);
    }
    words = r;
    $i32_store(dict, 20, words, 0);
    item = 24036;
    item$2e_1 = name;
    item$2e_2 = 24044;
    size = 16;
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 15);
    }
    list = $alloc_scratch(4, size | 0, 15);
    len$2e_3 = 0;
    $i32_store((((list + 4) | 0) + ((len$2e_3 * 4) | 0)) | 0, 0, item, 0);
    len$2e_3 = (len$2e_3 + 1) | 0;
    $i32_store((((list + 4) | 0) + ((len$2e_3 * 4) | 0)) | 0, 0, item$2e_1, 0);
    len$2e_3 = (len$2e_3 + 1) | 0;
    $i32_store((((list + 4) | 0) + ((len$2e_3 * 4) | 0)) | 0, 0, item$2e_2, 0);
    len$2e_3 = (len$2e_3 + 1) | 0;
    $i32_store(list, 0, len$2e_3, 0);
    e25$v = list;
    joined = $call_rt$2e_str_join(e25$v, 24052, 14);
    $i32_store(dict, 24, joined, 0);
    replaced = $call_rt$2e_str_replace(name, 24060, 24068, 16);
    $i32_store(dict, 28, replaced, 0);
    r$2e_1 = $call_rt$2e_str_substring(name, 0, 2, 17);
    if (r$2e_1 === 0) {
      $trap("IndexOutOfBounds", 17);
    }
    prefix = r$2e_1;
    $i32_store(dict, 32, prefix, 0);
    item$2e_3 = $call_rt$2e_str_starts_with(name, 24076, 19);
    item$2e_4 = $call_rt$2e_str_ends_with(name, 24060, 20);
    item$2e_5 = $call_rt$2e_str_contains(name, 24084, 21);
    size$2e_1 = 7;
    if (size$2e_1 > 2147483647) {
      $trap("MemoryLimitExceeded", 18);
    }
    list$2e_1 = $alloc_scratch(4, size$2e_1 | 0, 18);
    len$2e_4 = 0;
    $i32_store8((((list$2e_1 + 4) | 0) + ((len$2e_4 * 1) | 0)) | 0, 0, item$2e_3, 0);
    len$2e_4 = (len$2e_4 + 1) | 0;
    $i32_store8((((list$2e_1 + 4) | 0) + ((len$2e_4 * 1) | 0)) | 0, 0, item$2e_4, 0);
    len$2e_4 = (len$2e_4 + 1) | 0;
    $i32_store8((((list$2e_1 + 4) | 0) + ((len$2e_4 * 1) | 0)) | 0, 0, item$2e_5, 0);
    len$2e_4 = (len$2e_4 + 1) | 0;
    $i32_store(list$2e_1, 0, len$2e_4, 0);
    checks = list$2e_1;
    $i32_store(dict, 36, checks, 0);
    size$2e_2 = $i32_load(name, 0, 0) >>> 0;
    $i64_store(dict, 40, size$2e_2, 0);
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
