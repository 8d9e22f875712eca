// From examples/pricing.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js examples/pricing.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (136):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_dec$2e_string$2e_3
//   codec$2e_dec$2e_int$2e_4
//   rt$2e_parse_eisel_lemire
//   rt$2e_decimal_shr
//   rt$2e_decimal_shl
//   rt$2e_decimal_round
//   rt$2e_parse_float_slow
//   rt$2e_parse_float
//   codec$2e_dec$2e_float$2e_5
//   codec$2e_skip
//   codec$2e_dec$2e_fields$2e_2
//   codec$2e_dec$2e_record$2e_1
//   codec$2e_dec$2e_list$2e_0
//   codec$2e_dec$2e_fields$2e_7
//   codec$2e_dec$2e_enum$2e_6
//   validate$2e_LineItem
//   validate$2e_List_LineItem_
//   main$2e_args
//   rt$2e_mem_eq
//   rt$2e_str_eq
//   rt$2e_u64_digits
//   rt$2e_u64_write_back
//   rt$2e_int_write
//   codec$2e_write_int
//   codec$2e_enc$2e_int$2e_1
//   codec$2e_write_str
//   codec$2e_enc$2e_string$2e_4
//   codec$2e_enc$2e_record$2e_3
//   codec$2e_enc$2e_list$2e_2
//   codec$2e_enc$2e_record$2e_0
//   main
//   main$tail
//   pred$2e_LineItem$2e_qty
//   pred$2e_LineItem$2e_unit_price
//   fn$2e_money
//   $call_codec$2e_hex4
//   $call_rt$2e_utf8_valid
//   $call_codec$2e_str_check
//   $call_codec$2e_num_end
//   $call_codec$2e_json_valid
//   $call_codec$2e_str_end
//   $call_codec$2e_str_unescape
//   $call_codec$2e_dec$2e_string$2e_3
//   $call_codec$2e_dec$2e_int$2e_4
//   $call_rt$2e_parse_eisel_lemire
//   $call_rt$2e_decimal_shr
//   $call_rt$2e_decimal_shl
//   $call_rt$2e_decimal_round
//   $call_rt$2e_parse_float_slow
//   $call_rt$2e_parse_float
//   $call_codec$2e_dec$2e_float$2e_5
//   $call_codec$2e_skip
//   $call_codec$2e_dec$2e_fields$2e_2
//   $call_codec$2e_dec$2e_record$2e_1
//   $call_codec$2e_dec$2e_list$2e_0
//   $call_codec$2e_dec$2e_fields$2e_7
//   $call_codec$2e_dec$2e_enum$2e_6
//   $call_validate$2e_LineItem
//   $call_validate$2e_List_LineItem_
//   $call_main$2e_args
//   $call_rt$2e_mem_eq
//   $call_rt$2e_str_eq
//   $call_rt$2e_u64_digits
//   $call_rt$2e_u64_write_back
//   $call_rt$2e_int_write
//   $call_codec$2e_write_int
//   $call_codec$2e_enc$2e_int$2e_1
//   $call_codec$2e_write_str
//   $call_codec$2e_enc$2e_string$2e_4
//   $call_codec$2e_enc$2e_record$2e_3
//   $call_codec$2e_enc$2e_list$2e_2
//   $call_codec$2e_enc$2e_record$2e_0
//   $call_pred$2e_LineItem$2e_qty
//   $call_pred$2e_LineItem$2e_unit_price
//   $call_fn$2e_money
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
//   $i64_shift_count
//   $i64_add
//   $i64_sub
//   $i64_mul
//   $i64_add_checked
//   $i64_sub_checked
//   $i64_mul_checked
//   $i64_div_s
//   $i64_rem_s
//   $i64_div_u
//   $i64_and
//   $i64_or
//   $i64_shl
//   $i64_shr_u
//   $i64_clz
//   $i64_lt_u
//   $i64_gt_u
//   $i64_le_u
//   $i64_ge_u
//   $i32_wrap_i64
//   $f64_convert_i64_s
//   $f64_convert_i64_u
//   $i64_trunc_sat_f64_s
//   $f64_reinterpret_i64
//   $i32_div_u
//   $f64_abs
//   $f64_nearest
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
// The program's 7 function(s):

  // (func $validate.LineItem (param $v i32) (result i32)) — entry fuel charged by $call_validate$2e_LineItem
  function validate$2e_LineItem(v) {
    let $a;
    if ($call_pred$2e_LineItem$2e_qty(0, ($a = (v >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true)), 0) === 0) {
      return 0;
    }
    if ($call_pred$2e_LineItem$2e_unit_price(0, ($a = (v >>> 0) + 16) + 8 > $size ? $fault(0) : $dv.getFloat64($a, true), 0) === 0) {
      return 0;
    }
    return 1;
  }

  // (func $validate.List_LineItem_ (param $v i32) (result i32)) — entry fuel charged by $call_validate$2e_List_LineItem_
  function validate$2e_List_LineItem_(v) {
    let i = 0, n = 0;
    let $a;
    n = ($a = v >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    block0: {
      loop1: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((i >>> 0) >= (n >>> 0)) break block0;
        if ($call_validate$2e_LineItem(($a = (((v + ((i * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true), 0) === 0) {
          return 0;
        }
        i = (i + 1) | 0;
        continue loop1;
      }
    }
    return 1;
  }

  // (func $main.args (param $input_offset i32) (param $input_len i32) (result i32)) — entry fuel charged by $call_main$2e_args
  function main$2e_args(input_offset, input_len) {
    let args = 0, args_end = 0, args_pos = 0, args_kp = 0, args_klen = 0, args_mark = 0, args_c = 0, args_unexpected = 0, args_r = 0, arg0_cell = 0, arg1_cell = 0, arg2_cell = 0, arg0_state = 0, arg1_state = 0, arg2_state = 0, ws = 0, kr = 0, kq = 0, arg = 0, arg$2e_1 = 0, arg$2e_2 = 0, args_out = 0;
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
    arg2_cell = $alloc_scratch(4, 4, 0);
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
          if (args_klen === 5) {
            if ((((($a = args_kp >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1835365481) ? 1 : 0) & (((($a = (args_kp >>> 0) + 4) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 115) ? 1 : 0)) {
              args_c = 0;
              break match5;
            }
          }
          if (args_klen === 4) {
            if ((($a = args_kp >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1919248756) {
              args_c = 1;
              break match5;
            }
          }
          if (args_klen === 7) {
            if (((((($a = args_kp >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1853189987) ? 1 : 0) & (((($a = (args_kp >>> 0) + 4) + 2 > $size ? $fault(0) : $dv.getUint16($a, true)) === 29300) ? 1 : 0)) & (((($a = (args_kp >>> 0) + 6) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 121) ? 1 : 0)) {
              args_c = 2;
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
                case14: {
                  switch (args_c) {
                    case 0: break case14;
                    case 1: break case13;
                    case 2: break case12;
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
              args_r = $call_codec$2e_dec$2e_enum$2e_6(args_pos, args_end, arg1_cell, 0);
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
            args_r = $call_codec$2e_dec$2e_string$2e_3(args_pos, args_end, arg2_cell, 0);
            if (args_r < 0) {
              arg2_state = 2;
              $scratch_ptr = args_mark >>> 0;
              args_pos = $call_codec$2e_skip(args_pos, args_end, 0);
            } else {
              arg2_state = 1;
              args_pos = args_r;
            }
            break switch10;
          }
          args_unexpected = 1;
          args_pos = $call_codec$2e_skip(args_pos, args_end, 0);
        }
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
        args_c = ($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a);
        args_pos = (args_pos + 1) | 0;
        if (args_c === 44) {
          ws_done17: {
            ws18: for (;;) {
              if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
              if ((args_pos >>> 0) >= (args_end >>> 0)) break ws_done17;
              ws = ($a = args_pos >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a);
              if (!((ws >>> 0) <= (32 >>> 0))) break ws_done17;
              args_pos = (args_pos + 1) | 0;
              continue ws18;
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
    if ($call_validate$2e_List_LineItem_(arg, 2) === 0) {
      $trap("MainArgTypeMismatch", 2);
    }
    if (arg1_state === 0) {
      $trap("MissingMainArg", 3);
    }
    if (arg1_state === 2) {
      $trap("MainArgTypeMismatch", 3);
    }
    arg$2e_1 = ($a = arg1_cell >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if (arg2_state === 0) {
      $trap("MissingMainArg", 4);
    }
    if (arg2_state === 2) {
      $trap("MainArgTypeMismatch", 4);
    }
    arg$2e_2 = ($a = arg2_cell >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if (args_unexpected) {
      $trap("UnexpectedMainArg", 1);
    }
    args_out = $alloc_scratch(8, 24, 1);
    $w = args_out >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, arg, true);
    $w = (args_out >>> 0) + 8;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, arg$2e_1, true);
    $w = (args_out >>> 0) + 16;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, arg$2e_2, true);
    return args_out;
  }

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let args = 0, items = 0, tier = 0, country = 0;
    let $a;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    items = ($a = args >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    tier = ($a = (args >>> 0) + 8) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    country = ($a = (args >>> 0) + 16) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    return main$tail(input_offset, input_len, output_offset, output_cap, args, items, tier, country);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, items, tier, country) {
    let dict = 0, scrut = 0, discount_pct = 0, v = 0, lo = 0, hi = 0, discount_pct$2e_1 = 0, tax_rate = 0, closure = 0, xs = 0, size = 0, list = 0, len = 0, n = 0, k = 0, x = 0, i = 0, dict$2e_1 = 0, sku = 0, cents = 0, lines = 0, xs$2e_1 = 0, sum = 0, n$2e_1 = 0, k$2e_1 = 0, x$2e_1 = 0, i$2e_1 = 0, y = 0, item_count = 0, xs$2e_2 = 0, sum$2e_1 = 0, n$2e_2 = 0, k$2e_2 = 0, x$2e_2 = 0, l = 0, y$2e_1 = 0, subtotal_cents = 0, discount_cents = 0, tax_cents = 0, total_cents = 0, part = 0, part$2e_1 = 0, part$2e_2 = 0, part$2e_3 = 0, text = 0, cur = 0, s = 0, slen = 0, s$2e_1 = 0, slen$2e_1 = 0, len$2e_1 = 0, summary = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $r, $a, $w, $v, $t0, e25$v, $t2, $t3, $t4, $t5;
    dict = $alloc_scratch(8, 72, 5);
    scrut = tier;
    match3: {
      if ((($a = scrut >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 0) {
        discount_pct$2e_1 = 0;
        break match3;
      }
      if ((($a = scrut >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 1) {
        discount_pct$2e_1 = 10;
        break match3;
      }
      if ((($a = scrut >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 2) {
        discount_pct = ($a = (scrut >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        v = discount_pct;
        lo = 0;
        hi = 50;
        discount_pct$2e_1 = $select(lo, (v > hi) ? hi : v, (v < lo) ? 1 : 0);
        break match3;
      }
      $trap("TypeMismatch", 7);
    }
    $w = dict >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(discount_pct$2e_1); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    if ($call_rt$2e_str_eq(country, 10880, 0)) {
      tax_rate = 0.19;
    } else if ($call_rt$2e_str_eq(country, 10888, 0)) {
      tax_rate = 0.2;
    } else {
      tax_rate = 0;
    }
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    if (tax_rate !== tax_rate) { $dv.setUint32($w, 0, true); $dv.setUint32($w + 4, 0x7ff80000, true); } else $dv.setFloat64($w, tax_rate, true);
    closure = $alloc_scratch(4, 8, 10);
    $w = closure >>> 0;
    $v = 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, $v, true);
    $w = (closure >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, 0, true);
    $w = (dict >>> 0) + 16;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, closure, true);
    xs = items;
    size = 4 + (((($a = xs >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 4);
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 11);
    }
    list = $alloc_scratch(4, size | 0, 11);
    len = 0;
    n = ($a = xs >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k = 0;
    block23: {
      each24: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k >>> 0) >= (n >>> 0)) break block23;
        x = ($a = (((xs + ((k * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        i = x;
        $t0 = (list + ((len * 4) | 0)) | 0;
        dict$2e_1 = $alloc_scratch(8, 16, 12);
        sku = ($a = i >>> 0) + 4 > $size ? $fault(13) : $dv.getInt32($a, true);
        $w = dict$2e_1 >>> 0;
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, sku, true);
        $t2 = $i64_trunc_sat_f64_s($f64_nearest((($a = (i >>> 0) + 16) + 8 > $size ? $fault(17) : $dv.getFloat64($a, true)) * 100));
        $t3 = ($a = (i >>> 0) + 8) + 8 > $size ? $fault(18) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        cents = typeof $t2 === "number" && typeof $t3 === "number" && $safe($r = $t2 * $t3) ? $r + 0 : $i64_mul_checked($t2, $t3, 14);
        $w = (dict$2e_1 >>> 0) + 8;
        if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
        $i64_split(cents); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
        e25$v = dict$2e_1;
        $w = ($t0 >>> 0) + 4;
        $v = e25$v;
        if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
        $dv.setInt32($w, $v, true);
        len = (len + 1) | 0;
        k = (k + 1) | 0;
        continue each24;
      }
    }
    $w = list >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    lines = list;
    $w = (dict >>> 0) + 20;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, lines, true);
    xs$2e_1 = items;
    sum = 0;
    n$2e_1 = ($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_1 = 0;
    block38: {
      each39: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_1 >>> 0) >= (n$2e_1 >>> 0)) break block38;
        x$2e_1 = ($a = (((xs$2e_1 + ((k$2e_1 * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        i$2e_1 = x$2e_1;
        y = ($a = (i$2e_1 >>> 0) + 8) + 8 > $size ? $fault(21) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        sum = typeof sum === "number" && typeof y === "number" && $safe($r = sum + y) ? $r : $i64_add_checked(sum, y, 19);
        k$2e_1 = (k$2e_1 + 1) | 0;
        continue each39;
      }
    }
    item_count = sum;
    $w = (dict >>> 0) + 24;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(item_count); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    xs$2e_2 = lines;
    sum$2e_1 = 0;
    n$2e_2 = ($a = xs$2e_2 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_2 = 0;
    block44: {
      each45: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_2 >>> 0) >= (n$2e_2 >>> 0)) break block44;
        x$2e_2 = ($a = (((xs$2e_2 + ((k$2e_2 * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        l = x$2e_2;
        y$2e_1 = ($a = (l >>> 0) + 8) + 8 > $size ? $fault(24) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        sum$2e_1 = typeof sum$2e_1 === "number" && typeof y$2e_1 === "number" && $safe($r = sum$2e_1 + y$2e_1) ? $r : $i64_add_checked(sum$2e_1, y$2e_1, 22);
        k$2e_2 = (k$2e_2 + 1) | 0;
        continue each45;
      }
    }
    subtotal_cents = sum$2e_1;
    $w = (dict >>> 0) + 32;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(subtotal_cents); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $t4 = typeof subtotal_cents === "number" && typeof discount_pct$2e_1 === "number" && $safe($r = subtotal_cents * discount_pct$2e_1) ? $r + 0 : $i64_mul_checked(subtotal_cents, discount_pct$2e_1, 26);
    discount_cents = typeof $t4 === "number" ? ($t4 - $t4 % 100) / 100 + 0 : $i64_div_s($t4, 100, 25);
    $w = (dict >>> 0) + 40;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(discount_cents); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    tax_cents = $i64_trunc_sat_f64_s($f64_nearest($f64_convert_i64_s(typeof subtotal_cents === "number" && typeof discount_cents === "number" && $safe($r = subtotal_cents - discount_cents) ? $r : $i64_sub_checked(subtotal_cents, discount_cents, 29)) * tax_rate));
    $w = (dict >>> 0) + 48;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(tax_cents); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $t5 = typeof subtotal_cents === "number" && typeof discount_cents === "number" && $safe($r = subtotal_cents - discount_cents) ? $r : $i64_sub_checked(subtotal_cents, discount_cents, 31);
    total_cents = typeof $t5 === "number" && typeof tax_cents === "number" && $safe($r = $t5 + tax_cents) ? $r : $i64_add_checked($t5, tax_cents, 30);
    $w = (dict >>> 0) + 56;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(total_cents); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    part = item_count;
    part$2e_1 = country;
    part$2e_2 = $call_fn$2e_money(0, total_cents, 32);
    part$2e_3 = discount_pct$2e_1;
    text = ((($scratch_ptr | 0) + 3) | 0) & (-4);
    cur = (text + 4) | 0;
    if ((((cur + 20) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 33);
    }
    cur = (cur + $call_rt$2e_int_write(part, cur, 33)) | 0;
    s = part$2e_1;
    slen = ($a = s >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if ((((cur + ((10 + slen) | 0)) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 33);
    }
    $memory_copy((cur + 0) | 0, 11100, 10, 33);
    cur = (cur + 10) | 0;
    $memory_copy(cur, (s + 4) | 0, slen, 33);
    cur = (cur + slen) | 0;
    s$2e_1 = part$2e_2;
    slen$2e_1 = ($a = s$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if ((((cur + ((2 + slen$2e_1) | 0)) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 33);
    }
    $w = cur >>> 0;
    if (($w < $scratch_start || $w + 2 > $high_end) && ($w < $low_start || $w + 2 > $low_end)) $write($w, $w + 2, 0);
    $dv.setUint16($w, 8250 & 0xffff, true);
    cur = (cur + 2) | 0;
    $memory_copy(cur, (s$2e_1 + 4) | 0, slen$2e_1, 33);
    cur = (cur + slen$2e_1) | 0;
    if ((((cur + 22) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 33);
    }
    $w = cur >>> 0;
    if (($w < $scratch_start || $w + 2 > $high_end) && ($w < $low_start || $w + 2 > $low_end)) $write($w, $w + 2, 0);
    $dv.setUint16($w, 10272 & 0xffff, true);
    cur = (cur + 2) | 0;
    cur = (cur + $call_rt$2e_int_write(part$2e_3, cur, 33)) | 0;
    if ((((cur + 6) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 33);
    }
    $w = cur >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, 1718558757, true);
    $w = (cur >>> 0) + 4;
    if (($w < $scratch_start || $w + 2 > $high_end) && ($w < $low_start || $w + 2 > $low_end)) $write($w, $w + 2, 0);
    $dv.setUint16($w, 10598 & 0xffff, true);
    cur = (cur + 6) | 0;
    len$2e_1 = (((cur - text) | 0) - 4) | 0;
    $w = text >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_1, true);
    summary = $alloc_scratch(4, (len$2e_1 + 4) | 0, 33);
    $w = (dict >>> 0) + 64;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, summary, true);
    result = dict;
    result$2e_1 = result;
    json_start = $output_ptr | 0;
    json_end = $call_codec$2e_enc$2e_record$2e_0(result$2e_1, json_start, 0, 0);
    if (json_end === (-2)) {
      $trap("NonFiniteFloat", 5);
    }
    if (json_end === (-1)) {
      $trap("MemoryLimitExceeded", 5);
    }
    $output_ptr = json_end >>> 0;
    return (json_end - json_start) | 0;
  }

  // (func $pred.LineItem.qty (param $env i32) (param $q i64) (result i32)) — entry fuel charged by $call_pred$2e_LineItem$2e_qty
  function pred$2e_LineItem$2e_qty(env, q) {
    return (q > 0) ? 1 : 0;
  }

  // (func $pred.LineItem.unit_price (param $env i32) (param $p f64) (result i32)) — entry fuel charged by $call_pred$2e_LineItem$2e_unit_price
  function pred$2e_LineItem$2e_unit_price(env, p) {
    return (p >= 0) ? 1 : 0;
  }

  // (func $fn.money (param $env i32) (param $cents i64) (result i32))
  function fn$2e_money(env, cents) {
    let part = 0, part$2e_1 = 0, part$2e_2 = 0, text = 0, cur = 0, s = 0, slen = 0, len = 0;
    let $a, $w;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    part = typeof cents === "number" ? (cents - cents % 100) / 100 + 0 : $i64_div_s(cents, 100, 36);
    part$2e_1 = ((typeof cents === "number" ? cents % 100 + 0 : $i64_rem_s(cents, 100, 38)) < 10) ? 11536 : 11544;
    part$2e_2 = typeof cents === "number" ? cents % 100 + 0 : $i64_rem_s(cents, 100, 39);
    text = ((($scratch_ptr | 0) + 3) | 0) & (-4);
    cur = (text + 4) | 0;
    if ((((cur + 20) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 40);
    }
    cur = (cur + $call_rt$2e_int_write(part, cur, 40)) | 0;
    s = part$2e_1;
    slen = ($a = s >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if ((((cur + ((1 + slen) | 0)) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 40);
    }
    $w = cur >>> 0;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 46 & 0xff);
    cur = (cur + 1) | 0;
    $memory_copy(cur, (s + 4) | 0, slen, 40);
    cur = (cur + slen) | 0;
    if ((((cur + 20) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 40);
    }
    cur = (cur + $call_rt$2e_int_write(part$2e_2, cur, 40)) | 0;
    len = (((cur - text) | 0) - 4) | 0;
    $w = text >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    return $alloc_scratch(4, (len + 4) | 0, 40);
  }
