// From libs/driver/testdata/emit-golden/schema-expect.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js libs/driver/testdata/emit-golden/schema-expect.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (110):
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
//   codec$2e_dec$2e_fields$2e_6
//   codec$2e_dec$2e_record$2e_5
//   codec$2e_dec$2e_fields$2e_1
//   codec$2e_dec$2e_record$2e_0
//   validate$2e_Address
//   validate$2e_Customer
//   main$2e_args
//   conv$2e_Address
//   rt$2e_mem_eq
//   rt$2e_str_eq
//   codec$2e_write_str
//   codec$2e_enc$2e_string$2e_3
//   codec$2e_enc$2e_record$2e_2
//   rt$2e_u64_digits
//   rt$2e_u64_write_back
//   rt$2e_int_write
//   codec$2e_write_int
//   codec$2e_enc$2e_int$2e_4
//   codec$2e_enc$2e_option$2e_5
//   codec$2e_enc$2e_record$2e_1
//   codec$2e_enc$2e_bool$2e_6
//   codec$2e_enc$2e_record$2e_0
//   main
//   pred$2e_Customer$2e_name
//   pred$2e_Customer$2e_age
//   pred$2e_Address$2e_zip
//   fn$2e_label
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
//   $call_codec$2e_dec$2e_fields$2e_6
//   $call_codec$2e_dec$2e_record$2e_5
//   $call_codec$2e_dec$2e_fields$2e_1
//   $call_codec$2e_dec$2e_record$2e_0
//   $call_validate$2e_Address
//   $call_validate$2e_Customer
//   $call_main$2e_args
//   $call_conv$2e_Address
//   $call_rt$2e_mem_eq
//   $call_rt$2e_str_eq
//   $call_codec$2e_write_str
//   $call_codec$2e_enc$2e_string$2e_3
//   $call_codec$2e_enc$2e_record$2e_2
//   $call_rt$2e_u64_digits
//   $call_rt$2e_u64_write_back
//   $call_rt$2e_int_write
//   $call_codec$2e_write_int
//   $call_codec$2e_enc$2e_int$2e_4
//   $call_codec$2e_enc$2e_option$2e_5
//   $call_codec$2e_enc$2e_record$2e_1
//   $call_codec$2e_enc$2e_bool$2e_6
//   $call_codec$2e_enc$2e_record$2e_0
//   $call_pred$2e_Customer$2e_name
//   $call_pred$2e_Customer$2e_age
//   $call_pred$2e_Address$2e_zip
//   $call_fn$2e_label
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
// The program's 9 function(s):

  // (func $validate.Address (param $v i32) (result i32)) — entry fuel charged by $call_validate$2e_Address
  function validate$2e_Address(v) {
    let $a;
    if ($call_pred$2e_Address$2e_zip(0, ($a = v >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true), 0) === 0) {
      return 0;
    }
    return 1;
  }

  // (func $validate.Customer (param $v i32) (result i32)) — entry fuel charged by $call_validate$2e_Customer
  function validate$2e_Customer(v) {
    let $a;
    if ($call_pred$2e_Customer$2e_name(0, ($a = v >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true), 0) === 0) {
      return 0;
    }
    if ($call_pred$2e_Customer$2e_age(0, ($a = (v >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true)), 0) === 0) {
      return 0;
    }
    if ($call_validate$2e_Address(($a = (v >>> 0) + 28) + 4 > $size ? $fault(0) : $dv.getInt32($a, true), 0) === 0) {
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
            if ((($a = args_kp >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 99) {
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
    if ($call_validate$2e_Customer(arg, 2) === 0) {
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

  // (func $conv.Address (param $v i32) (result i32)) — entry fuel charged by $call_conv$2e_Address
  function conv$2e_Address(v) {
    let out = 0, f$2e_zip = 0, f$2e_city = 0;
    let $a, $w;
    f$2e_zip = ($a = v >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    f$2e_city = ($a = (v >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    out = $alloc_scratch(4, 8, 0);
    $w = out >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, f$2e_zip, true);
    $w = (out >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, f$2e_city, true);
    if ($call_pred$2e_Address$2e_zip(0, f$2e_zip, 0) === 0) {
      return -1;
    }
    return out;
  }

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let args = 0, c = 0, dict = 0, closure = 0, dict$2e_1 = 0, zip = 0, city = 0, conv = 0, home = 0, who = 0, credit = 0, same_city = 0, copy = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $a, $w, $v, e2$v;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    c = ($a = args >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    dict = $alloc_scratch(8, 32, 3);
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
    dict$2e_1 = $alloc_scratch(8, 8, 5);
    zip = 8;
    $w = dict$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, zip, true);
    city = 20;
    $w = (dict$2e_1 >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, city, true);
    e2$v = dict$2e_1;
    conv = $call_conv$2e_Address(e2$v, 5);
    if (conv === (-1)) {
      $trap("TypeMismatch", 5);
    }
    home = conv;
    $w = (dict >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, home, true);
    who = $call_fn$2e_label(0, c, 6);
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, who, true);
    credit = ($a = (c >>> 0) + 16) + 8 > $size ? $fault(7) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    $w = (dict >>> 0) + 16;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(credit); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    same_city = $call_rt$2e_str_eq(($a = ((($a = (c >>> 0) + 28) + 4 > $size ? $fault(10) : $dv.getInt32($a, true)) >>> 0) + 4) + 4 > $size ? $fault(9) : $dv.getInt32($a, true), ($a = (home >>> 0) + 4) + 4 > $size ? $fault(11) : $dv.getInt32($a, true), 0);
    $w = (dict >>> 0) + 24;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, same_city & 0xff);
    copy = c;
    $w = (dict >>> 0) + 28;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, copy, true);
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

  // (func $pred.Customer.name (param $env i32) (param $n i32) (result i32)) — entry fuel charged by $call_pred$2e_Customer$2e_name
  function pred$2e_Customer$2e_name(env, n) {
    let $a;
    return ((((($a = n >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 0) ? 1 : 0) === 0) ? 1 : 0;
  }

  // (func $pred.Customer.age (param $env i32) (param $a i64) (result i32)) — entry fuel charged by $call_pred$2e_Customer$2e_age
  function pred$2e_Customer$2e_age(env, a) {
    if (a >= 0) {
      return (a <= 150) ? 1 : 0;
    } else {
      return 0;
    }
  }

  // (func $pred.Address.zip (param $env i32) (param $z i32) (result i32)) — entry fuel charged by $call_pred$2e_Address$2e_zip
  function pred$2e_Address$2e_zip(env, z) {
    let $a;
    return (((($a = z >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) === 5) ? 1 : 0;
  }

  // (func $fn.label (param $env i32) (param $x i32) (result i32))
  function fn$2e_label(env, x) {
    let part = 0, part$2e_1 = 0, text = 0, cur = 0, s = 0, slen = 0, s$2e_1 = 0, slen$2e_1 = 0, len = 0;
    let $a, $w;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    part = ($a = x >>> 0) + 4 > $size ? $fault(19) : $dv.getInt32($a, true);
    part$2e_1 = ($a = ((($a = (x >>> 0) + 28) + 4 > $size ? $fault(21) : $dv.getInt32($a, true)) >>> 0) + 4) + 4 > $size ? $fault(20) : $dv.getInt32($a, true);
    text = ((($scratch_ptr | 0) + 3) | 0) & (-4);
    cur = (text + 4) | 0;
    s = part;
    slen = ($a = s >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if ((((cur + slen) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 18);
    }
    $memory_copy(cur, (s + 4) | 0, slen, 18);
    cur = (cur + slen) | 0;
    s$2e_1 = part$2e_1;
    slen$2e_1 = ($a = s$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if ((((cur + ((2 + slen$2e_1) | 0)) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 18);
    }
    $w = cur >>> 0;
    if (($w < $scratch_start || $w + 2 > $high_end) && ($w < $low_start || $w + 2 > $low_end)) $write($w, $w + 2, 0);
    $dv.setUint16($w, 10272 & 0xffff, true);
    cur = (cur + 2) | 0;
    $memory_copy(cur, (s$2e_1 + 4) | 0, slen$2e_1, 18);
    cur = (cur + slen$2e_1) | 0;
    if ((((cur + 1) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 18);
    }
    $w = cur >>> 0;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 41 & 0xff);
    cur = (cur + 1) | 0;
    len = (((cur - text) | 0) - 4) | 0;
    $w = text >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    return $alloc_scratch(4, (len + 4) | 0, 18);
  }
