// From libs/driver/testdata/emit-golden/references.relon; regenerate: cd libs/driver && UPDATE_GOLDEN=1 npx vitest run src/emit-golden.test.ts
// `tetra emit js libs/driver/testdata/emit-golden/references.relon` (from the repository root), reduced to the names of every function it defines and the program's own functions
// (all but the rt.* runtime and the codec.* JSON codec), in module order.
// Defined functions (60):
//   codec$2e_write_str
//   codec$2e_enc$2e_string$2e_1
//   rt$2e_u64_digits
//   rt$2e_u64_write_back
//   rt$2e_int_write
//   codec$2e_write_int
//   codec$2e_enc$2e_int$2e_2
//   codec$2e_enc$2e_record$2e_3
//   codec$2e_enc$2e_record$2e_0
//   main
//   field$2e_rate
//   fn$2e_scale
//   field$2e_later
//   $call_codec$2e_write_str
//   $call_codec$2e_enc$2e_string$2e_1
//   $call_rt$2e_u64_digits
//   $call_rt$2e_u64_write_back
//   $call_rt$2e_int_write
//   $call_codec$2e_write_int
//   $call_codec$2e_enc$2e_int$2e_2
//   $call_codec$2e_enc$2e_record$2e_3
//   $call_codec$2e_enc$2e_record$2e_0
//   $call_field$2e_rate
//   $call_fn$2e_scale
//   $call_field$2e_later
//   $trap
//   $set_fuel
//   $refuel
//   $fault
//   $select
//   $i64_of
//   $nums
//   $safe
//   $i64_wrap
//   $i64_check
//   $i64_split
//   $i64_join
//   $i64_sub
//   $i64_mul
//   $i64_add_checked
//   $i64_mul_checked
//   $i64_div_u
//   $i64_lt_u
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

  // (func $main (param $input_offset i32) (param $input_len i32) (param $output_offset i32) (param $output_cap i32) (result i32))
  function main(input_offset, input_len, output_offset, output_cap) {
    let dict = 0, closure = 0, dict$2e_1 = 0, base = 0, scaled = 0, from_root = 0, totals = 0, part = 0, part$2e_1 = 0, text = 0, cur = 0, s = 0, slen = 0, s$2e_1 = 0, slen$2e_1 = 0, len = 0, label = 0, result = 0, json_start = 0, json_end = 0, result$2e_1 = 0;
    let $r, $a, $w, $v, $t0, e7$v, $t2;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    dict = $alloc_scratch(8, 34, 1);
    $memory_fill((dict + 32) | 0, 0, 2, 1);
    if ((($a = (dict >>> 0) + 32) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 0) {
      $call_field$2e_rate(dict, 2);
    }
    closure = $alloc_scratch(4, 8, 3);
    $w = closure >>> 0;
    $v = 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, $v, true);
    $w = (closure >>> 0) + 4;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, dict, true);
    $w = (dict >>> 0) + 8;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, closure, true);
    dict$2e_1 = $alloc_scratch(8, 24, 4);
    base = 10;
    $w = dict$2e_1 >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(base); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    scaled = $call_fn$2e_scale(dict, base, 5);
    $w = (dict$2e_1 >>> 0) + 8;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(scaled); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $t0 = ($a = dict >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    if ((($a = (dict >>> 0) + 33) + 1 > $size ? $fault(0) : $dv.getUint8($a)) !== 2) {
      if ((($a = (dict >>> 0) + 33) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 1) {
        $trap("CircularReference", 7);
      }
      $call_field$2e_later(dict, 7);
    }
    e7$v = ($a = (dict >>> 0) + 16) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    $t2 = e7$v;
    from_root = typeof $t0 === "number" && typeof $t2 === "number" && $safe($r = $t0 + $t2) ? $r : $i64_add_checked($t0, $t2, 6);
    $w = (dict$2e_1 >>> 0) + 16;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(from_root); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    totals = dict$2e_1;
    $w = (dict >>> 0) + 12;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, totals, true);
    if ((($a = (dict >>> 0) + 33) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 0) {
      $call_field$2e_later(dict, 8);
    }
    part = 8;
    ($a = (dict >>> 0) + 16) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    part$2e_1 = 16;
    text = ((($scratch_ptr | 0) + 3) | 0) & (-4);
    cur = (text + 4) | 0;
    s = part;
    slen = ($a = s >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if ((((cur + slen) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 9);
    }
    $memory_copy(cur, (s + 4) | 0, slen, 9);
    cur = (cur + slen) | 0;
    s$2e_1 = part$2e_1;
    slen$2e_1 = ($a = s$2e_1 >>> 0) + 4 > $size ? $fault(0) : $dv.getInt32($a, true);
    if ((((cur + ((1 + slen$2e_1) | 0)) | 0) >>> 0) > (($scratch_end | 0) >>> 0)) {
      $trap("MemoryLimitExceeded", 9);
    }
    $w = cur >>> 0;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 58 & 0xff);
    cur = (cur + 1) | 0;
    $memory_copy(cur, (s$2e_1 + 4) | 0, slen$2e_1, 9);
    cur = (cur + slen$2e_1) | 0;
    len = (((cur - text) | 0) - 4) | 0;
    $w = text >>> 0;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, len, true);
    label = $alloc_scratch(4, (len + 4) | 0, 9);
    $w = (dict >>> 0) + 24;
    if (($w < $scratch_start || $w + 4 > $high_end) && ($w < $low_start || $w + 4 > $low_end)) $write($w, $w + 4, 0);
    $dv.setInt32($w, label, true);
    result = dict;
    result$2e_1 = result;
    json_start = $output_ptr | 0;
    json_end = $call_codec$2e_enc$2e_record$2e_0(result$2e_1, json_start, 0, 0);
    if (json_end === (-2)) {
      $trap("NonFiniteFloat", 1);
    }
    if (json_end === (-1)) {
      $trap("MemoryLimitExceeded", 1);
    }
    $output_ptr = json_end >>> 0;
    return (json_end - json_start) | 0;
  }

  // (func $field.rate (param $frame i32)) — entry fuel charged by $call_field$2e_rate
  function field$2e_rate(frame) {
    let $w;
    $w = (frame >>> 0) + 32;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 1 & 0xff);
    $w = frame >>> 0;
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split(3); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $w = (frame >>> 0) + 32;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 2 & 0xff);
  }

  // (func $fn.scale (param $env i32) (param $v i64) (result i64))
  function fn$2e_scale(env, v) {
    let $r, $a, e2$v, $t1;
    if (($fuel -= 1) < 0) $refuel(0); // (fuel 1)
    if ((($a = (env >>> 0) + 32) + 1 > $size ? $fault(0) : $dv.getUint8($a)) !== 2) {
      if ((($a = (env >>> 0) + 32) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 1) {
        $trap("CircularReference", 13);
      }
      $call_field$2e_rate(env, 13);
    }
    e2$v = ($a = env >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    $t1 = e2$v;
    return typeof v === "number" && typeof $t1 === "number" && $safe($r = v * $t1) ? $r + 0 : $i64_mul_checked(v, $t1, 12);
  }

  // (func $field.later (param $frame i32)) — entry fuel charged by $call_field$2e_later
  function field$2e_later(frame) {
    let $r, $a, $w, $v, e1$v, $t1;
    $w = (frame >>> 0) + 33;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 1 & 0xff);
    if ((($a = (frame >>> 0) + 32) + 1 > $size ? $fault(0) : $dv.getUint8($a)) !== 2) {
      if ((($a = (frame >>> 0) + 32) + 1 > $size ? $fault(0) : $dv.getUint8($a)) === 1) {
        $trap("CircularReference", 14);
      }
      $call_field$2e_rate(frame, 14);
    }
    e1$v = ($a = frame >>> 0) + 8 > $size ? $fault(0) : $i64_join($dv.getInt32($a + 4, true), $dv.getUint32($a, true));
    $t1 = e1$v;
    $w = (frame >>> 0) + 16;
    $v = typeof $t1 === "number" && $safe($r = $t1 * 4) ? $r + 0 : $i64_mul_checked($t1, 4, 8);
    if (($w < $scratch_start || $w + 8 > $high_end) && ($w < $low_start || $w + 8 > $low_end)) $write($w, $w + 8, 0);
    $i64_split($v); $dv.setUint32($w, $L, true); $dv.setInt32($w + 4, $H, true);
    $w = (frame >>> 0) + 33;
    if (($w < $scratch_start || $w + 1 > $high_end) && ($w < $low_start || $w + 1 > $low_end)) $write($w, $w + 1, 0);
    $dv.setUint8($w, 2 & 0xff);
  }
