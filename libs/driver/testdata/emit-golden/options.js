// From libs/driver/testdata/emit-golden/options.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js libs/driver/testdata/emit-golden/options.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (94):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_skip
//   codec$2e_dec$2e_int$2e_1
//   codec$2e_dec$2e_option$2e_0
//   codec$2e_dec$2e_string$2e_3
//   codec$2e_dec$2e_option$2e_2
//   main$2e_args
//   rt$2e_str_concat
//   rt$2e_u64_digits
//   rt$2e_u64_write_back
//   rt$2e_int_write
//   codec$2e_write_int
//   codec$2e_enc$2e_int$2e_1
//   codec$2e_write_str
//   codec$2e_enc$2e_string$2e_2
//   codec$2e_enc$2e_option$2e_4
//   codec$2e_enc$2e_list$2e_3
//   codec$2e_enc$2e_bool$2e_6
//   codec$2e_enc$2e_list$2e_5
//   codec$2e_enc$2e_result$2e_7
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
//   $call_codec$2e_skip
//   $call_codec$2e_dec$2e_int$2e_1
//   $call_codec$2e_dec$2e_option$2e_0
//   $call_codec$2e_dec$2e_string$2e_3
//   $call_codec$2e_dec$2e_option$2e_2
//   $call_main$2e_args
//   $call_rt$2e_str_concat
//   $call_rt$2e_u64_digits
//   $call_rt$2e_u64_write_back
//   $call_rt$2e_int_write
//   $call_codec$2e_write_int
//   $call_codec$2e_enc$2e_int$2e_1
//   $call_codec$2e_write_str
//   $call_codec$2e_enc$2e_string$2e_2
//   $call_codec$2e_enc$2e_option$2e_4
//   $call_codec$2e_enc$2e_list$2e_3
//   $call_codec$2e_enc$2e_bool$2e_6
//   $call_codec$2e_enc$2e_list$2e_5
//   $call_codec$2e_enc$2e_result$2e_7
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
    arg2_cell = $alloc_scratch(8, 8, 0);
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
            if ((((($a = args_kp >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1768778092) ? 1 : 0) & (((($a = (args_kp >>> 0) + 4) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 116) ? 1 : 0)) {
              args_c = 0;
              break match5;
            }
          }
          if (args_klen === 5) {
            if ((((($a = args_kp >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1700946284) ? 1 : 0) & (((($a = (args_kp >>> 0) + 4) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 108) ? 1 : 0)) {
              args_c = 1;
              break match5;
            }
          }
          if (args_klen === 1) {
            if ((($a = args_kp >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 120) {
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
                args_r = $call_codec$2e_dec$2e_option$2e_0(args_pos, args_end, arg0_cell, 0);
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
              args_r = $call_codec$2e_dec$2e_option$2e_2(args_pos, args_end, arg1_cell, 0);
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
            args_r = $call_codec$2e_dec$2e_int$2e_1(args_pos, args_end, arg2_cell, 0);
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
    arg$2e_2 = ($a = arg2_cell >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
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
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(arg$2e_2); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    return args_out;
  }

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let args = 0, limit = 0, label = 0, x = 0;
    let $a;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    limit = ($a = args >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    label = ($a = (args >>> 0) + 8) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    x = ($a = (args >>> 0) + 16) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    return main$tail(input_offset, input_len, output_offset, output_cap, args, limit, label, x);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, limit, label, x) {
    let dict = 0, scrut = 0, v = 0, effective = 0, scrut$2e_1 = 0, s = 0, described = 0, c = 0, obj = 0, item = 0, c$2e_1 = 0, obj$2e_1 = 0, item$2e_1 = 0, size = 0, list = 0, len = 0, maybe = 0, c$2e_2 = 0, obj$2e_2 = 0, c$2e_3 = 0, obj$2e_3 = 0, scrut$2e_2 = 0, v$2e_1 = 0, checked = 0, c$2e_4 = 0, obj$2e_4 = 0, c$2e_5 = 0, obj$2e_5 = 0, raw = 0, xs = 0, size$2e_1 = 0, list$2e_1 = 0, len$2e_1 = 0, n = 0, k = 0, x$2e_1 = 0, o = 0, scrut$2e_3 = 0, present = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $r, $a, $w, $v, $t0, e56$v;
    dict = $alloc_scratch(8, 32, 5);
    scrut = limit;
    match3: {
      if (scrut !== 0) {
        v = ($a = scrut >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        effective = v;
        break match3;
      }
      if (scrut === 0) {
        effective = 100;
        break match3;
      }
      $trap("TypeMismatch", 6);
    }
    $w = dict >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(effective); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    scrut$2e_1 = label;
    match8: {
      if (scrut$2e_1 !== 0) {
        s = ($a = scrut$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        described = $call_rt$2e_str_concat(8, s, 7);
        break match8;
      }
      if (scrut$2e_1 === 0) {
        described = 20;
        break match8;
      }
      $trap("TypeMismatch", 8);
    }
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, described, true);
    if (x > 0) {
      c = x;
      obj = $alloc_scratch(8, 8, 11);
      $w = obj >>> 0;
      if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
      $i64_split(c); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
      item = obj;
    } else {
      item = 0;
    }
    if (x > 10) {
      c$2e_1 = x;
      obj$2e_1 = $alloc_scratch(8, 8, 13);
      $w = obj$2e_1 >>> 0;
      if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
      $i64_split(c$2e_1); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
      item$2e_1 = obj$2e_1;
    } else {
      item$2e_1 = 0;
    }
    size = 12;
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 9);
    }
    list = $alloc_scratch(4, size | 0, 9);
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
    maybe = list;
    $w = (dict >>> 0) + 12;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, maybe, true);
    if (x > 2) {
      c$2e_2 = typeof x === "number" && $safe($r = x * 2) ? $r + 0 : $i64_mul_checked(x, 2, 15);
      obj$2e_2 = $alloc_scratch(8, 16, 16);
      $w = obj$2e_2 >>> 0;
      if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
      $dv.setUint8($w, 0 & 0xff);
      $w = (obj$2e_2 >>> 0) + 8;
      if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
      $i64_split(c$2e_2); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
      scrut$2e_2 = obj$2e_2;
    } else {
      c$2e_3 = 32;
      obj$2e_3 = $alloc_scratch(8, 8, 17);
      $w = obj$2e_3 >>> 0;
      if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
      $dv.setUint8($w, 1 & 0xff);
      $w = (obj$2e_3 >>> 0) + 4;
      if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
      $dv.setInt32($w, c$2e_3, true);
      scrut$2e_2 = obj$2e_3;
    }
    match39: {
      if ((($a = scrut$2e_2 >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 0) {
        v$2e_1 = ($a = (scrut$2e_2 >>> 0) + 8) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        checked = v$2e_1;
        break match39;
      }
      if ((($a = scrut$2e_2 >>> 0) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 1) {
        checked = -1;
        break match39;
      }
      $trap("TypeMismatch", 18);
    }
    $w = (dict >>> 0) + 16;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(checked); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    if ((typeof x === "number" ? x % 2 + 0 : $i64_rem_s(x, 2, 20)) === 0) {
      c$2e_4 = x;
      obj$2e_4 = $alloc_scratch(8, 16, 21);
      $w = obj$2e_4 >>> 0;
      if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
      $dv.setUint8($w, 0 & 0xff);
      $w = (obj$2e_4 >>> 0) + 8;
      if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
      $i64_split(c$2e_4); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
      raw = obj$2e_4;
    } else {
      c$2e_5 = 48;
      obj$2e_5 = $alloc_scratch(8, 8, 22);
      $w = obj$2e_5 >>> 0;
      if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
      $dv.setUint8($w, 1 & 0xff);
      $w = (obj$2e_5 >>> 0) + 4;
      if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
      $dv.setInt32($w, c$2e_5, true);
      raw = obj$2e_5;
    }
    $w = (dict >>> 0) + 24;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, raw, true);
    xs = maybe;
    size$2e_1 = 4 + (((($a = xs >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 1);
    if (size$2e_1 > 2147483647) {
      $trap("MemoryLimitExceeded", 23);
    }
    list$2e_1 = $alloc_scratch(4, size$2e_1 | 0, 23);
    len$2e_1 = 0;
    n = ($a = xs >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k = 0;
    block54: {
      each55: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k >>> 0) >= (n >>> 0)) break block54;
        x$2e_1 = ($a = (((xs + ((k * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        o = x$2e_1;
        $t0 = (list$2e_1 + ((len$2e_1 * 1) | 0)) | 0;
        scrut$2e_3 = o;
        match58: {
          if (scrut$2e_3 !== 0) {
            e56$v = 1;
            break match58;
          }
          if (scrut$2e_3 === 0) {
            e56$v = 0;
            break match58;
          }
          $trap("TypeMismatch", 24);
        }
        $w = ($t0 >>> 0) + 4;
        $v = e56$v;
        if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
        $dv.setUint8($w, $v & 0xff);
        len$2e_1 = (len$2e_1 + 1) | 0;
        k = (k + 1) | 0;
        continue each55;
      }
    }
    $w = list$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_1, true);
    present = list$2e_1;
    $w = (dict >>> 0) + 28;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, present, true);
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
