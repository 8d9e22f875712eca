// From libs/driver/testdata/emit-golden/tuples.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js libs/driver/testdata/emit-golden/tuples.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (111):
//   codec$2e_hex4
//   rt$2e_utf8_valid
//   codec$2e_str_check
//   codec$2e_num_end
//   codec$2e_json_valid
//   codec$2e_str_end
//   codec$2e_str_unescape
//   codec$2e_dec$2e_int$2e_2
//   codec$2e_dec$2e_string$2e_3
//   codec$2e_dec$2e_elems$2e_1
//   codec$2e_dec$2e_tuple$2e_0
//   codec$2e_skip
//   codec$2e_dec$2e_bool$2e_7
//   codec$2e_dec$2e_elems$2e_6
//   codec$2e_dec$2e_tuple$2e_5
//   codec$2e_dec$2e_list$2e_4
//   main$2e_args
//   rt$2e_mem_eq
//   rt$2e_str_eq
//   eq$2e__Int__String_
//   eq$2e__Int__Bool_
//   codec$2e_enc$2e_tuple$2e_1
//   rt$2e_u64_digits
//   rt$2e_u64_write_back
//   rt$2e_int_write
//   codec$2e_write_int
//   codec$2e_enc$2e_int$2e_3
//   codec$2e_enc$2e_list$2e_2
//   codec$2e_enc$2e_bool$2e_4
//   codec$2e_write_str
//   codec$2e_enc$2e_string$2e_7
//   codec$2e_enc$2e_tuple$2e_6
//   codec$2e_enc$2e_tuple$2e_5
//   codec$2e_enc$2e_tuple$2e_8
//   codec$2e_enc$2e_tuple$2e_9
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
//   $call_codec$2e_dec$2e_int$2e_2
//   $call_codec$2e_dec$2e_string$2e_3
//   $call_codec$2e_dec$2e_elems$2e_1
//   $call_codec$2e_dec$2e_tuple$2e_0
//   $call_codec$2e_skip
//   $call_codec$2e_dec$2e_bool$2e_7
//   $call_codec$2e_dec$2e_elems$2e_6
//   $call_codec$2e_dec$2e_tuple$2e_5
//   $call_codec$2e_dec$2e_list$2e_4
//   $call_main$2e_args
//   $call_rt$2e_mem_eq
//   $call_rt$2e_str_eq
//   $call_eq$2e__Int__String_
//   $call_eq$2e__Int__Bool_
//   $call_codec$2e_enc$2e_tuple$2e_1
//   $call_rt$2e_u64_digits
//   $call_rt$2e_u64_write_back
//   $call_rt$2e_int_write
//   $call_codec$2e_write_int
//   $call_codec$2e_enc$2e_int$2e_3
//   $call_codec$2e_enc$2e_list$2e_2
//   $call_codec$2e_enc$2e_bool$2e_4
//   $call_codec$2e_write_str
//   $call_codec$2e_enc$2e_string$2e_7
//   $call_codec$2e_enc$2e_tuple$2e_6
//   $call_codec$2e_enc$2e_tuple$2e_5
//   $call_codec$2e_enc$2e_tuple$2e_8
//   $call_codec$2e_enc$2e_tuple$2e_9
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
// The program's 4 function(s):

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
          if (args_klen === 4) {
            if ((($a = args_kp >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1919508848) {
              args_c = 0;
              break match5;
            }
          }
          if (args_klen === 5) {
            if ((((($a = args_kp >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) === 1734437990) ? 1 : 0) & (((($a = (args_kp >>> 0) + 4) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 115) ? 1 : 0)) {
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
              args_r = $call_codec$2e_dec$2e_tuple$2e_0(args_pos, args_end, arg0_cell, 0);
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
            args_r = $call_codec$2e_dec$2e_list$2e_4(args_pos, args_end, arg1_cell, 0);
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

  // (func $eq._Int__String_ (param $a i32) (param $b i32) (result i32)) — entry fuel charged by $call_eq$2e__Int__String_
  function eq$2e__Int__String_(a, b) {
    let $a;
    if (a === b) {
      return 1;
    }
    if (!((($a = a >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true))) === (($a = b >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true))))) {
      return 0;
    }
    if ($call_rt$2e_str_eq(($a = (a >>> 0) + 8) + 4 > $size ? $fault(0) : $dv.getInt32($a, true), ($a = (b >>> 0) + 8) + 4 > $size ? $fault(0) : $dv.getInt32($a, true), 0) === 0) {
      return 0;
    }
    return 1;
  }

  // (func $eq._Int__Bool_ (param $a i32) (param $b i32) (result i32)) — entry fuel charged by $call_eq$2e__Int__Bool_
  function eq$2e__Int__Bool_(a, b) {
    let $a;
    if (a === b) {
      return 1;
    }
    if (!((($a = a >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true))) === (($a = b >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true))))) {
      return 0;
    }
    if (!((($a = (a >>> 0) + 8) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === (($a = (b >>> 0) + 8) + 1 > $size ? $fault(0) : $dv.getUint8($a)))) {
      return 0;
    }
    return 1;
  }

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let args = 0, pair = 0, flags = 0;
    let $a;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    args = $call_main$2e_args(input_offset, input_len, 1);
    pair = ($a = args >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    flags = ($a = (args >>> 0) + 8) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    return main$tail(input_offset, input_len, output_offset, output_cap, args, pair, flags);
  }

  // $main from its first loop on: its first call runs the loop, and nothing before it lacks type feedback
  function main$tail(input_offset, input_len, output_offset, output_cap, args, pair, flags) {
    let dict = 0, c = 0, c$2e_1 = 0, obj = 0, swapped = 0, c$2e_2 = 0, obj$2e_1 = 0, single = 0, obj$2e_2 = 0, empty = 0, xs = 0, size = 0, list = 0, len = 0, n = 0, k = 0, x = 0, t = 0, firsts = 0, xs$2e_1 = 0, size$2e_1 = 0, list$2e_1 = 0, len$2e_1 = 0, n$2e_1 = 0, k$2e_1 = 0, x$2e_1 = 0, t$2e_1 = 0, on = 0, c$2e_3 = 0, c$2e_4 = 0, obj$2e_3 = 0, c$2e_5 = 0, c$2e_6 = 0, obj$2e_4 = 0, same = 0, xs$2e_2 = 0, c$2e_7 = 0, c$2e_8 = 0, obj$2e_5 = 0, needle = 0, found = 0, n$2e_2 = 0, k$2e_2 = 0, x$2e_2 = 0, x$2e_3 = 0, found$2e_1 = 0, c$2e_9 = 0, c$2e_10 = 0, obj$2e_6 = 0, c$2e_11 = 0, item = 0, size$2e_2 = 0, list$2e_2 = 0, len$2e_2 = 0, c$2e_12 = 0, obj$2e_7 = 0, nested = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $r, $a, $w, $v, e25$v, $t1, e29$v, $t3;
    dict = $alloc_scratch(8, 28, 4);
    c = ($a = (pair >>> 0) + 8) + 4 > $size ? $fault(5) : $dv.getInt32($a, true);
    c$2e_1 = ($a = pair >>> 0) + 8 > $size ? $fault(6) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    obj = $alloc_scratch(8, 16, 7);
    $w = obj >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, c, true);
    $w = (obj >>> 0) + 8;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(c$2e_1); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    swapped = obj;
    $w = dict >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, swapped, true);
    c$2e_2 = ($a = pair >>> 0) + 8 > $size ? $fault(8) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    obj$2e_1 = $alloc_scratch(8, 8, 9);
    $w = obj$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(c$2e_2); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    single = obj$2e_1;
    $w = (dict >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, single, true);
    obj$2e_2 = $alloc_scratch(4, 0, 10);
    empty = obj$2e_2;
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, empty, true);
    xs = flags;
    size = 8 + (((($a = xs >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 8);
    if (size > 2147483647) {
      $trap("MemoryLimitExceeded", 11);
    }
    list = $alloc_scratch(8, size | 0, 11);
    len = 0;
    n = ($a = xs >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k = 0;
    block12: {
      each13: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k >>> 0) >= (n >>> 0)) break block12;
        x = ($a = (((xs + ((k * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        t = x;
        $w = (((list + ((len * 8) | 0)) | 0) >>> 0) + 8;
        $v = ($a = t >>> 0) + 8 > $size ? $fault(12) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
        if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
        $i64_split($v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
        len = (len + 1) | 0;
        k = (k + 1) | 0;
        continue each13;
      }
    }
    $w = list >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    firsts = list;
    $w = (dict >>> 0) + 12;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, firsts, true);
    xs$2e_1 = flags;
    size$2e_1 = 8 + (((($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true)) >>> 0) * 8);
    if (size$2e_1 > 2147483647) {
      $trap("MemoryLimitExceeded", 13);
    }
    list$2e_1 = $alloc_scratch(8, size$2e_1 | 0, 13);
    len$2e_1 = 0;
    n$2e_1 = ($a = xs$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_1 = 0;
    block18: {
      each19: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_1 >>> 0) >= (n$2e_1 >>> 0)) break block18;
        x$2e_1 = ($a = (((xs$2e_1 + ((k$2e_1 * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        t$2e_1 = x$2e_1;
        if (($a = (t$2e_1 >>> 0) + 8) + 1 > $size ? $fault(14) : $dv.getUint8($a)) {
          $w = (((list$2e_1 + ((len$2e_1 * 8) | 0)) | 0) >>> 0) + 8;
          $v = ($a = t$2e_1 >>> 0) + 8 > $size ? $fault(15) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
          if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
          $i64_split($v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
          len$2e_1 = (len$2e_1 + 1) | 0;
        }
        k$2e_1 = (k$2e_1 + 1) | 0;
        continue each19;
      }
    }
    $w = list$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_1, true);
    on = list$2e_1;
    $w = (dict >>> 0) + 16;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, on, true);
    c$2e_3 = ($a = pair >>> 0) + 8 > $size ? $fault(17) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    c$2e_4 = 8;
    obj$2e_3 = $alloc_scratch(8, 16, 18);
    $w = obj$2e_3 >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(c$2e_3); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $w = (obj$2e_3 >>> 0) + 8;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, c$2e_4, true);
    e25$v = obj$2e_3;
    $t1 = e25$v;
    c$2e_5 = 1;
    c$2e_6 = 8;
    obj$2e_4 = $alloc_scratch(8, 16, 19);
    $w = obj$2e_4 >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(c$2e_5); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $w = (obj$2e_4 >>> 0) + 8;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, c$2e_6, true);
    e29$v = obj$2e_4;
    same = $call_eq$2e__Int__String_($t1, e29$v, 0);
    $w = (dict >>> 0) + 20;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, same & 0xff);
    xs$2e_2 = flags;
    c$2e_7 = 2;
    c$2e_8 = 0;
    obj$2e_5 = $alloc_scratch(8, 16, 21);
    $w = obj$2e_5 >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(c$2e_7); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $w = (obj$2e_5 >>> 0) + 8;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, c$2e_8 & 0xff);
    needle = obj$2e_5;
    found = 0;
    n$2e_2 = ($a = xs$2e_2 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    k$2e_2 = 0;
    block37: {
      each38: for (;;) {
        if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
        if ((k$2e_2 >>> 0) >= (n$2e_2 >>> 0)) break block37;
        x$2e_2 = ($a = (((xs$2e_2 + ((k$2e_2 * 4) | 0)) | 0) >>> 0) + 4) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
        x$2e_3 = x$2e_2;
        if ($call_eq$2e__Int__Bool_(x$2e_3, needle, 0)) {
          found = 1;
          break block37;
        }
        k$2e_2 = (k$2e_2 + 1) | 0;
        continue each38;
      }
    }
    found$2e_1 = found;
    $w = (dict >>> 0) + 21;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, found$2e_1 & 0xff);
    c$2e_9 = ($a = pair >>> 0) + 8 > $size ? $fault(22) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    c$2e_10 = ($a = (pair >>> 0) + 8) + 4 > $size ? $fault(23) : $dv.getInt32($a, true);
    obj$2e_6 = $alloc_scratch(8, 16, 24);
    $w = obj$2e_6 >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(c$2e_9); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $w = (obj$2e_6 >>> 0) + 8;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, c$2e_10, true);
    c$2e_11 = obj$2e_6;
    $t3 = ($a = pair >>> 0) + 8 > $size ? $fault(27) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    item = typeof $t3 === "number" && $safe($r = $t3 * 2) ? $r + 0 : $i64_mul_checked($t3, 2, 26);
    size$2e_2 = 16;
    if (size$2e_2 > 2147483647) {
      $trap("MemoryLimitExceeded", 25);
    }
    list$2e_2 = $alloc_scratch(8, size$2e_2 | 0, 25);
    len$2e_2 = 0;
    $w = ((((list$2e_2 + 8) | 0) + ((len$2e_2 * 8) | 0)) | 0) >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(item); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    len$2e_2 = (len$2e_2 + 1) | 0;
    $w = list$2e_2 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len$2e_2, true);
    c$2e_12 = list$2e_2;
    obj$2e_7 = $alloc_scratch(4, 8, 28);
    $w = obj$2e_7 >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, c$2e_11, true);
    $w = (obj$2e_7 >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, c$2e_12, true);
    nested = obj$2e_7;
    $w = (dict >>> 0) + 24;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, nested, true);
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
