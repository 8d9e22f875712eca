// From examples/signup-validation.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js examples/signup-validation.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (101):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_dec$2e_string$2e_2
//   codec$2e_dec$2e_int$2e_3
//   codec$2e_skip
//   codec$2e_dec$2e_option$2e_4
//   codec$2e_dec$2e_fields$2e_1
//   codec$2e_dec$2e_record$2e_0
//   validate$2e_Signup
//   main$2e_args
//   rt$2e_mem_chr
//   rt$2e_mem_eq
//   rt$2e_find_bytes
//   rt$2e_str_split
//   rt$2e_final_sigma
//   rt$2e_str_lower
//   rt$2e_str_eq
//   rt$2e_str_concat
//   rt$2e_str_ends_with
//   codec$2e_enc$2e_bool$2e_1
//   codec$2e_write_str
//   codec$2e_enc$2e_string$2e_2
//   codec$2e_enc$2e_list$2e_3
//   codec$2e_enc$2e_record$2e_0
//   main
//   main$tail
//   rt$2e_str_find
//   rt$2e_str_contains
//   pred$2e_Signup$2e_email
//   pred$2e_Signup$2e_age
//   $call_codec$2e_hex4
//   $call_rt$2e_utf8_valid
//   $call_codec$2e_str_check
//   $call_codec$2e_num_end
//   $call_codec$2e_json_valid
//   $call_codec$2e_str_end
//   $call_codec$2e_str_unescape
//   $call_codec$2e_dec$2e_string$2e_2
//   $call_codec$2e_dec$2e_int$2e_3
//   $call_codec$2e_skip
//   $call_codec$2e_dec$2e_option$2e_4
//   $call_codec$2e_dec$2e_fields$2e_1
//   $call_codec$2e_dec$2e_record$2e_0
//   $call_validate$2e_Signup
//   $call_main$2e_args
//   $call_rt$2e_mem_chr
//   $call_rt$2e_mem_eq
//   $call_rt$2e_find_bytes
//   $call_rt$2e_str_split
//   $call_rt$2e_final_sigma
//   $call_rt$2e_str_lower
//   $call_rt$2e_str_eq
//   $call_rt$2e_str_concat
//   $call_rt$2e_str_ends_with
//   $call_codec$2e_enc$2e_bool$2e_1
//   $call_codec$2e_write_str
//   $call_codec$2e_enc$2e_string$2e_2
//   $call_codec$2e_enc$2e_list$2e_3
//   $call_codec$2e_enc$2e_record$2e_0
//   $call_rt$2e_str_find
//   $call_rt$2e_str_contains
//   $call_pred$2e_Signup$2e_email
//   $call_pred$2e_Signup$2e_age
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
//   $i64_lt_u
//   $i64_gt_u
//   $i32_mul
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
// The program's 5 function(s):

  // (func $validate.Signup (param $v i32) (result i32)) — entry fuel charged by $call_validate$2e_Signup
  function validate$2e_Signup(v) {
    let $a;
    if ($call_pred$2e_Signup$2e_email(0, ($a = v >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true), 0) === 0) {
      return 0;
    }
    if ($call_pred$2e_Signup$2e_age(0, ($a = (v >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true)), 0) === 0) {
      return 0;
    }
    return 1;
  }

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
          if (args_klen === 1) {
            if ((($a = args_kp >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 115) {
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
    if ($call_validate$2e_Signup(arg, 2) === 0) {
      $trap("MainArgTypeMismatch", 2);
    }
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
    let args = 0, s = 0;
    let $a;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    s = ($a = args >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    return main$tail(input_offset, input_len, output_offset, output_cap, args, s);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, s) {
    let dict = 0, r = 0, xs = 0, i = 0, handle = 0, adult = 0, greeting = 0, scrut = 0, r$2e_1 = 0, source = 0, item = 0, item$2e_1 = 0, size = 0, list = 0, len = 0, xs$2e_1 = 0, size$2e_1 = 0, list$2e_1 = 0, len$2e_1 = 0, n = 0, k = 0, x = 0, w = 0, warnings = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $a, $w, e2$v;
    dict = $alloc_scratch(8, 20, 3);
    r = $call_rt$2e_str_split(($a = s >>> 0) + 4 > $size ? $fault(7) : $dv.getInt32($a, true), 16, 6);
    if (r === 0) {
      $trap("UnsupportedOperator", 6);
    }
    xs = r;
    i = 0;
    if (i >= ((($a = xs >>> 0) + 4 > $size ? $fault(5) : $dv.getInt32($a, true)) >>> 0)) {
      $trap("IndexOutOfBounds", 5);
    }
    e2$v = ($a = (((xs + (((i | 0) * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    handle = $call_rt$2e_str_lower(e2$v, 4);
    $w = dict >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, handle, true);
    adult = ((($a = (s >>> 0) + 8) + 8 > $size ? $fault(9) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true))) >= 18) ? 1 : 0;
    $w = (dict >>> 0) + 4;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, adult & 0xff);
    greeting = $call_rt$2e_str_eq(($a = (s >>> 0) + 16) + 4 > $size ? $fault(11) : $dv.getInt32($a, true), 8340, 0) ? 8348 : 8360;
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, greeting, true);
    scrut = ($a = (s >>> 0) + 20) + 4 > $size ? $fault(12) : $dv.getInt32($a, true);
    match22: {
      if (scrut !== 0) {
        r$2e_1 = ($a = scrut >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        source = $call_rt$2e_str_concat(8372, r$2e_1, 13);
        break match22;
      }
      if (scrut === 0) {
        source = 8380;
        break match22;
      }
      $trap("TypeMismatch", 14);
    }
    $w = (dict >>> 0) + 12;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, source, true);
    item = ((($a = (s >>> 0) + 8) + 8 > $size ? $fault(17) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true))) < 18) ? 8392 : 8404;
    item$2e_1 = $call_rt$2e_str_ends_with(($a = s >>> 0) + 4 > $size ? $fault(19) : $dv.getInt32($a, true), 8408, 18) ? 8420 : 8404;
    size = 12;
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 15);
    }
    list = $alloc_scratch(4, size | 0, 15);
    len = 0;
    $w = ((((list + 4) | 0) + ((len * 4) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, item, true);
    len = (len + 1) | 0;
    $w = ((((list + 4) | 0) + ((len * 4) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, item$2e_1, true);
    len = (len + 1) | 0;
    $w = list >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    xs$2e_1 = list;
    size$2e_1 = 4 + (((($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 4);
    if (size$2e_1 > 2147483647) {
      $trap("MemoryLimitExceeded", 20);
    }
    list$2e_1 = $alloc_scratch(4, size$2e_1 | 0, 20);
    len$2e_1 = 0;
    n = ($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k = 0;
    block42: {
      each43: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k >>> 0) >= (n >>> 0)) break block42;
        x = ($a = (((xs$2e_1 + ((k * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        w = x;
        if (!((($a = w >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 0)) {
          $w = (((list$2e_1 + ((len$2e_1 * 4) | 0)) | 0) >>> 0) + 4;
          if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
          $dv.setInt32($w, w, true);
          len$2e_1 = (len$2e_1 + 1) | 0;
        }
        k = (k + 1) | 0;
        continue each43;
      }
    }
    $w = list$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_1, true);
    warnings = list$2e_1;
    $w = (dict >>> 0) + 16;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, warnings, true);
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

  // (func $pred.Signup.email (param $env i32) (param $e i32) (result i32)) — entry fuel charged by $call_pred$2e_Signup$2e_email
  function pred$2e_Signup$2e_email(env, e) {
    return $call_rt$2e_str_contains(e, 16, 22);
  }

  // (func $pred.Signup.age (param $env i32) (param $a i64) (result i32)) — entry fuel charged by $call_pred$2e_Signup$2e_age
  function pred$2e_Signup$2e_age(env, a) {
    return (a >= 13) ? 1 : 0;
  }
