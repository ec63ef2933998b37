// GEMM model: achievable ceiling per precision, tile and wave quantization, memory floor. The
// formulas and every default's source are in docs/solvers.md ("GEMM efficiency").
#include "mlsysim/solvers/gemm.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <string>
#include <tuple>

#include "checks.hpp"
#include "gemm_model.hpp"
#include "mlsysim/solvers/common.hpp"
#include "shape.hpp"

namespace mlsysim::solvers {

double GemmParams::attention_head_dim_factor(double head_dim) const {
  if (!(head_dim > 0)) return 1.0;
  const double x = std::clamp(std::log2(head_dim), 6.0, 8.0);  // 64 .. 256
  return x <= 7.0 ? attention_head_dim_64 + (1.0 - attention_head_dim_64) * (x - 6.0)
                  : 1.0 + (attention_head_dim_256 - 1.0) * (x - 7.0);
}

void GemmParams::validate() const {
  // Checked without building a message first, so a valid set costs no allocation (solvers call
  // this once per evaluation in allocation-free paths); the messages are built only on failure.
  const auto fraction_ok = [](double x) { return x > 0 && x <= 1; };  // false for NaN
  const auto factor_ok = [](double x) { return x > 0 && x <= 4; };    // false for NaN
  bool ok = fraction_ok(default_memory_fraction) && factor_ok(attention_head_dim_64) &&
            factor_ok(attention_head_dim_256) && tile_count >= 1 &&
            tile_count <= static_cast<int>(tiles.size()) && std::isfinite(tile_reuse_exponent) &&
            tile_reuse_exponent >= 0 && std::isfinite(k_half) && k_half >= 0 &&
            std::isfinite(output_bytes) && output_bytes >= 0 && stream_k_block >= 1;
  for (double f : default_fraction) ok = ok && fraction_ok(f);
  for (int i = 0; ok && i < tile_count; ++i) {
    ok = tiles[static_cast<std::size_t>(i)].m > 0 && tiles[static_cast<std::size_t>(i)].n > 0;
  }
  if (!ok) report_invalid();
}

void GemmParams::report_invalid() const {
  for (std::size_t i = 0; i < kPrecisionCount; ++i) {
    require_fraction("gemm.default_fraction." + std::string(kPrecisionNames[i]),
                     default_fraction[i]);
  }
  require_fraction("gemm.default_memory_fraction", default_memory_fraction);
  for (auto [name, x] : {std::pair{"gemm.attention_head_dim_64", attention_head_dim_64},
                         std::pair{"gemm.attention_head_dim_256", attention_head_dim_256}}) {
    if (!(x > 0 && x <= 4)) {
      throw InvalidArgumentError(name, "must be a rate factor in (0, 4], got " + std::to_string(x));
    }
  }
  if (tile_count < 1 || tile_count > static_cast<int>(tiles.size())) {
    throw InvalidArgumentError("gemm.tile_count", "must be 1 to " + std::to_string(tiles.size()) +
                                                      ", got " + std::to_string(tile_count));
  }
  for (int i = 0; i < tile_count; ++i) {
    require_positive("gemm.tiles.m", tiles[static_cast<std::size_t>(i)].m);
    require_positive("gemm.tiles.n", tiles[static_cast<std::size_t>(i)].n);
  }
  if (!std::isfinite(tile_reuse_exponent) || tile_reuse_exponent < 0) {
    throw InvalidArgumentError("gemm.tile_reuse_exponent", "must be finite and non-negative, got " +
                                                               std::to_string(tile_reuse_exponent));
  }
  if (!std::isfinite(k_half) || k_half < 0) {
    throw InvalidArgumentError("gemm.k_half",
                               "must be finite and non-negative, got " + std::to_string(k_half));
  }
  if (stream_k_block < 1) {
    throw InvalidArgumentError("gemm.stream_k_block",
                               "must be at least 1, got " + std::to_string(stream_k_block));
  }
  throw InvalidArgumentError("gemm.output_bytes", "must be 0 (inputs' width) or positive, got " +
                                                      std::to_string(output_bytes));
}

namespace detail {
namespace {

/// ceil(a / b) for a, b >= 1: a shift and a mask when b is a power of two (every default tile),
/// else one integer division. Exact, and cheaper than a floating-point ceil of a quotient.
double tiles_along(std::int64_t a, std::int64_t b) {
  if ((b & (b - 1)) == 0) {
    const int shift = std::countr_zero(static_cast<std::uint64_t>(b));
    return static_cast<double>((a >> shift) + ((a & (b - 1)) != 0 ? 1 : 0));
  }
  return static_cast<double>(a / b + (a % b != 0 ? 1 : 0));
}

}  // namespace

BitRate streaming_bandwidth(const HardwareNode& hw, double default_fraction) {
  if (hw.memory.measured_bandwidth)
    return hw.memory.measured_bandwidth->as<typed::bits_per_second>();
  return hw.memory.bandwidth.as<typed::bits_per_second>() * default_fraction;
}

FlopRate gemm_ceiling(const HardwareNode& hw, Precision p, const GemmParams& params) {
  const auto idx = static_cast<std::size_t>(p);
  // A measured rate needs a dense peak beside it (catalog checks), so peak_at is only needed here.
  if (const auto& measured = hw.compute.measured_gemm[idx]) {
    return measured->as<typed::flops_per_second>();
  }
  return peak_at(hw, p).as<typed::flops_per_second>() * params.default_fraction[idx];
}

GemmTiming gemm_timing(const HardwareNode& hw, Precision p, const GemmShape& s,
                       const GemmParams& params) {
  const FlopRate peak = peak_at(hw, p).as<typed::flops_per_second>();
  GemmTiming t;
  const FlopRate ceiling = gemm_ceiling(hw, p, params);
  if (hw.compute.measured_gemm[static_cast<std::size_t>(p)]) t.ceiling = GemmCeiling::measured;

  const double m = static_cast<double>(s.m);
  const double n = static_cast<double>(s.n);
  const double k = static_cast<double>(s.k);
  const double count = static_cast<double>(s.count);
  t.flops = flop_count(2.0 * m * n * k * count);
  double shape_efficiency = 1;  // tile x wave x reuse of the chosen tile
  // Stream-K's best candidate (params.stream_k): compute time = flops x sk_scale / ceiling plus
  // sk_fixup of partial tiles at the streaming bandwidth; sk_scale 0 means none.
  double sk_scale = 0;
  double sk_fixup_bytes = 0;
  GemmTile sk_tile{};
  double sk_tile_eff = 1;
  double sk_wave_eff = 1;
  if (hw.compute.cores && *hw.compute.cores > 0) {
    const double cores = static_cast<double>(*hw.compute.cores);
    const double per_core = 1.0 / cores;
    const double mnc = m * n * count;
    // Operand reuse of a tile on this shape: only the rows and columns it actually holds count.
    const auto reuse = [m, n](const GemmTile& tile) {
      const double em = std::min(m, static_cast<double>(tile.m));
      const double en = std::min(n, static_cast<double>(tile.n));
      return em * en / (em + en);
    };
    // ratio^exponent; the default 1.5 as ratio x sqrt(ratio), a fraction of pow's cost.
    const double exponent = params.tile_reuse_exponent;
    const auto reuse_factor = [exponent](double ratio) {
      return exponent == 1.5 ? ratio * std::sqrt(ratio) : std::pow(ratio, exponent);
    };
    std::array<double, std::tuple_size_v<decltype(params.tiles)>> reuses{};
    double best_reuse = 0;
    for (int i = 0; i < params.tile_count; ++i) {
      const auto j = static_cast<std::size_t>(i);
      reuses[j] = reuse(params.tiles[j]);
      best_reuse = std::max(best_reuse, reuses[j]);
    }
    shape_efficiency = 0;
    for (int i = 0; i < params.tile_count; ++i) {
      const GemmTile& tile = params.tiles[static_cast<std::size_t>(i)];
      const double r = reuses[static_cast<std::size_t>(i)];
      const double ratio = r >= best_reuse ? 1.0 : r / best_reuse;
      // eff <= ratio^exponent <= ratio for an exponent >= 1: a tile whose reuse alone cannot
      // beat the best so far is skipped (on tall GEMMs, every skinny tile after the large ones).
      if (params.tile_reuse_exponent >= 1 && ratio <= shape_efficiency) continue;
      const double tm = static_cast<double>(tile.m);
      const double tn = static_cast<double>(tile.n);
      const double tiles = tiles_along(s.m, tile.m) * tiles_along(s.n, tile.n) * count;
      // ceil(tiles / cores) by a multiplication, corrected to the exact integer (tiles and cores
      // are integers far below 2^53, so the product is off by at most one).
      double waves = std::ceil(tiles * per_core);
      if ((waves - 1.0) * cores >= tiles) waves -= 1.0;
      if (waves * cores < tiles) waves += 1.0;
      // tile x wave efficiency = (m n count / (tiles tm tn)) x (tiles / (waves cores)). The
      // reuse factor is at most 1, so a tile whose quantization alone cannot beat the best so
      // far is skipped before any division or pow (most calls: the largest tiles have factor 1).
      const double denominator = tm * tn * waves * cores;
      if (mnc <= shape_efficiency * denominator) continue;
      const double quantized = mnc / denominator;
      const double eff = ratio >= 1 ? quantized : quantized * reuse_factor(ratio);
      if (eff > shape_efficiency) {
        shape_efficiency = eff;
        t.tile_efficiency = mnc / (tiles * tm * tn);
        t.wave_efficiency = tiles / (waves * cores);
        t.tile = tile;
      }
    }
    if (params.stream_k) {
      // Hybrid stream-K: whole waves data-parallel, the remainder's K steps spread over every
      // core (one more ramp each); a tile split over several cores writes and reads back one
      // FP32 partial per extra piece. Time in units of one core's main-loop steps.
      const double block = static_cast<double>(params.stream_k_block);
      const double steps = std::ceil(k / block);
      const BitRate bw = streaming_bandwidth(hw, params.default_memory_fraction);
      const double dp_scale = (k + params.k_half) / (shape_efficiency * k);
      Seconds best_time = t.flops * dp_scale / ceiling;  // data-parallel
      for (int i = 0; i < params.tile_count; ++i) {
        const GemmTile& tile = params.tiles[static_cast<std::size_t>(i)];
        const double tm = static_cast<double>(tile.m);
        const double tn = static_cast<double>(tile.n);
        const double tiles = tiles_along(s.m, tile.m) * tiles_along(s.n, tile.n) * count;
        double full = std::floor(tiles * per_core);  // whole waves, corrected to the integer
        if ((full + 1.0) * cores <= tiles) full += 1.0;
        if (full * cores > tiles) full -= 1.0;
        const double rem = tiles - full * cores;
        if (rem <= 0) continue;  // whole waves: nothing to balance
        const double blocks = rem * steps;
        const double per = std::ceil(blocks * per_core) * block;
        const double used = std::min(cores, blocks);
        const double span = full * (k + params.k_half) + per + params.k_half;
        const double r = reuses[static_cast<std::size_t>(i)];
        const double ratio = r >= best_reuse ? 1.0 : r / best_reuse;
        const double tile_eff = mnc / (tiles * tm * tn);
        const double scale =
            cores * span / (tile_eff * (ratio >= 1 ? 1.0 : reuse_factor(ratio)) * tiles * k);
        const double fixup = std::max(0.0, used - rem) * tm * tn * 4.0 * 2.0;
        const Seconds time = t.flops * scale / ceiling + byte_count(fixup) / bw;
        if (time < best_time) {
          best_time = time;
          sk_scale = scale;
          sk_fixup_bytes = fixup;
          sk_tile = tile;
          sk_tile_eff = tile_eff;
          sk_wave_eff = tiles * k / (cores * (full * k + per));
        }
      }
    }
  }
  // ramp = k / (k + k_half), folded into one division.
  Seconds compute = t.flops * ((k + params.k_half) / (shape_efficiency * k)) / ceiling;
  if (sk_scale > 0) {
    compute = t.flops * sk_scale / ceiling +
              byte_count(sk_fixup_bytes) / streaming_bandwidth(hw, params.default_memory_fraction);
    t.stream_k = true;
    t.tile = sk_tile;
    t.tile_efficiency = sk_tile_eff;
    t.wave_efficiency = sk_wave_eff;
  }

  // Sizes of one element: the inputs' at `p`, the output's as given or at least 16 bits.
  const Bits in_element = byte_count(bytes_of(p));
  const Bits out_element = params.output_bytes > 0 ? byte_count(params.output_bytes)
                                                   : std::max(in_element, byte_count(2.0));
  t.bytes = ((m * k + k * n) * in_element + m * n * out_element) * count;
  const Seconds memory = t.bytes / streaming_bandwidth(hw, params.default_memory_fraction);

  t.memory_bound = memory > compute;
  t.time = t.memory_bound ? memory : compute;
  t.efficiency = t.flops / (t.time * peak);
  return t;
}

}  // namespace detail

GemmEstimate estimate_gemm(const HardwareNode& hw, Precision p, GemmShape shape,
                           const GemmParams& params) {
  params.validate();
  require_positive("gemm.m", shape.m);
  require_positive("gemm.n", shape.n);
  require_positive("gemm.k", shape.k);
  require_positive("gemm.count", shape.count);
  const detail::GemmTiming t = detail::gemm_timing(hw, p, shape, params);
  const auto& u = detail::units();
  GemmEstimate e;
  e.time = detail::out(t.time, u.ms);
  e.flops = detail::out(t.flops, Unit::parse("GFLOP"));
  e.bytes = detail::out(t.bytes, Unit::parse("MB"));
  e.achieved_rate = detail::out(t.flops / t.time, u.tflop_s);
  e.efficiency = t.efficiency;
  e.tile_efficiency = t.tile_efficiency;
  e.wave_efficiency = t.wave_efficiency;
  e.tile = t.tile;
  e.memory_bound = t.memory_bound;
  e.stream_k = t.stream_k;
  e.ceiling = t.ceiling;
  return e;
}

}  // namespace mlsysim::solvers
