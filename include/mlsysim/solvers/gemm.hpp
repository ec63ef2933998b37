// Achieved time of one GEMM on one device: the precision's achievable ceiling (measured where the
// catalog has it), tile and wave quantization on the device's cores, and the memory-bound floor.
#pragma once

#include <array>
#include <cstdint>

#include "mlsysim/catalog/hardware.hpp"
#include "mlsysim/units/quantity.hpp"

namespace mlsysim::solvers {

/// C[m x n] = A[m x k] * B[k x n], `count` independent times (a batched or grouped GEMM, such as
/// one per expert, launched together so their tiles share the device's waves).
struct GemmShape {
  std::int64_t m = 1;
  std::int64_t n = 1;
  std::int64_t k = 1;
  std::int64_t count = 1;
};

/// The output tile one core (SM / CU) computes at a time.
struct GemmTile {
  std::int64_t m = 128;
  std::int64_t n = 256;
};

/// Parameters of the GEMM model. Every default is sourced in docs/solvers.md ("GEMM efficiency");
/// none is fitted to a validation case.
struct GemmParams {
  /// Fraction of the dense peak a large, well-shaped GEMM reaches, per precision (indexed by
  /// `Precision`), used only when the device has no `compute.measured_gemm` at that precision:
  /// the median of the measured maximum-achievable-matmul fractions of 12 accelerators (BF16
  /// 0.78, FP8 0.745); for the 4- and 6-bit formats the median of the three best-shape FP4
  /// measurements (cuBLASLt MXFP4 on B200 0.58, AITER MXFP4 on MI355X 0.57 and MI350X 0.55);
  /// TF32/FP32/FP64 and INT8 have no published measurement and take the BF16 / FP8 medians
  /// (estimates).
  std::array<double, kPrecisionCount> default_fraction{
      /*fp64*/ 0.78, /*fp32*/ 0.78, /*tf32*/ 0.78, /*bf16*/ 0.78,  /*fp16*/ 0.78,
      /*fp8*/ 0.745, /*fp6*/ 0.574, /*fp4*/ 0.574, /*int8*/ 0.745, /*int4*/ 0.574};
  /// Fraction of the memory bandwidth a streaming kernel reaches, used only when the device has
  /// no `memory.measured_bandwidth` (BabelStream triad on A100/H100/H200: 0.83-0.89).
  double default_memory_fraction = 0.85;
  /// Output tiles the library may choose from; the model takes the fastest candidate for each
  /// shape. NVIDIA's cuBLAS guide lists 256x128 / 128x256 as the most efficient, then 128x128;
  /// the skinny tiles 64x256, 32x128 and 8x64 are among cuBLASLt's own tile shapes
  /// (`cublasLtMatmulTile_t`) and are what a GEMM with few rows (decode, small experts) runs on.
  std::array<GemmTile, 6> tiles{
      {{128, 256}, {256, 128}, {128, 128}, {64, 256}, {32, 128}, {8, 64}}};
  int tile_count = 6;  ///< how many of `tiles` are candidates (1 to 6)
  /// A smaller tile reuses each loaded operand less: its throughput relative to the best
  /// candidate is (reuse / reuse_best)^exponent with reuse = em en / (em + en), where em =
  /// min(m, tm) and en = min(n, tn) are the rows and columns the tile actually holds (a tile
  /// taller than the GEMM reuses nothing more than one that fits it).
  double tile_reuse_exponent = 1.5;
  /// Main-loop ramp: efficiency x k / (k + k_half) (prologue and epilogue of each tile).
  double k_half = 512;
  /// Stream-K (Osama et al., "Stream-K: Work-centric Parallel Decomposition for Dense
  /// Matrix-Matrix Multiplication on the GPU", PPoPP 2023; CUTLASS's SM90 stream-K tile
  /// scheduler): the tiles that fill whole waves run data-parallel and the partial last wave's
  /// K iterations are spread over every core in steps of `stream_k_block`, each core paying one
  /// more main-loop ramp, and each extra partial tile is written and read back in FP32 at the
  /// streaming bandwidth (the fix-up). The faster of that and plain data-parallel is taken per
  /// tile. Off by default: docs/solvers.md ("Stream-K, opt-in") has the microbenchmarks it was
  /// checked on and why it is not yet the default.
  bool stream_k = false;
  /// K extent of one main-loop step (CUTLASS's SM90 16-bit tile shapes, e.g. 128x128x64).
  int stream_k_block = 64;
  /// Bytes per element of C; 0 means "the inputs' width, but at least 2" (FP8 and INT8 GEMMs
  /// write BF16 / FP16 in training and inference frameworks).
  double output_bytes = 0;
  /// A fused attention kernel's rate at head dimension 64 and 256 relative to 128, the head
  /// dimension of every measured attention rate in the catalog: the median over
  /// FlashAttention-3, cuDNN and FlashAttention-2 of their causal BF16 forward rates on H100 at
  /// 8K tokens (Shah et al. 2024, FlashAttention-3, Figure 5; Dao-AILab/flash-attention
  /// assets/flash3_fp16_fwd.png): head dim 64 460 / 379 / 295 against 602 / 529 / 333 at 128
  /// (0.764 / 0.716 / 0.886), head dim 256 628 / 497 / 297 (1.043 / 0.940 / 0.892). Between
  /// and beyond the three points the factor is interpolated in log2 of the head dimension and
  /// held flat outside [64, 256].
  double attention_head_dim_64 = 0.764;
  double attention_head_dim_256 = 0.940;
  /// The factor for a head dimension (see above); 1 at 128.
  [[nodiscard]] double attention_head_dim_factor(double head_dim) const;

  /// Throws InvalidArgumentError naming the first field out of range; allocates nothing when
  /// every field is valid.
  void validate() const;

 private:
  [[noreturn]] void report_invalid() const;
};

/// Device time at each kernel boundary, shared by the serving engine (`ServingParams`) and the
/// training step (`TrainingOptions`); docs/solvers.md, "Kernel boundaries". The launch gaps are
/// back-to-back small-kernel microbenchmarks (te42kyfo/gpu-benches `gpu-small-kernels`: 2.6 us
/// per queued stream launch on A100 80GB, 2.4 us on H200; 1.34 / 1.26 us per node replayed from
/// a CUDA graph); the stall is the rest of Spector et al.'s (Hazy Research, 2025) "optimistic
/// 5 us of stalling per kernel (counting stragglers, kernel launch, and memory latencies)" on
/// H100 beyond their measured 1.3 us graph launch.
namespace kernel_boundary {
inline constexpr double eager_launch_gap_us = 2.5;
inline constexpr double graph_launch_gap_us = 1.3;
inline constexpr double stall_us = 3.7;
}  // namespace kernel_boundary

/// Where the ceiling of a GEMM estimate came from.
enum class GemmCeiling : std::uint8_t {
  measured,          ///< the device's `compute.measured_gemm` at that precision
  default_fraction,  ///< `GemmParams::default_fraction` x dense peak (no measurement in catalog)
};

struct GemmEstimate {
  Quantity time;               ///< all `count` GEMMs
  Quantity flops;              ///< 2 m n k count
  Quantity bytes;              ///< A, B and C moved once each from and to memory
  Quantity achieved_rate;      ///< flops / time
  double efficiency = 0;       ///< achieved_rate / dense peak
  double tile_efficiency = 1;  ///< useful / computed outputs of the padded tiles
  double wave_efficiency = 1;  ///< busy / available core-slots over all waves
  GemmTile tile{};             ///< the candidate tile the model chose (cores known)
  bool memory_bound = false;   ///< the memory floor, not compute, set the time
  bool stream_k = false;       ///< the stream-K schedule beat data-parallel (GemmParams)
  GemmCeiling ceiling = GemmCeiling::default_fraction;
};

/// Estimates a GEMM at precision `p` on `hw`:
///   time = max(2mnk*count / (ceiling x tile_eff x wave_eff x reuse x k/(k+k_half)),
///              bytes / streaming bandwidth),
/// taking the fastest candidate tile. Tile and wave quantization apply when the device lists
/// `compute.cores`. Example: H100 BF16,
/// m = n = k = 8192 -> about 1.1 ms. Throws InvalidArgumentError when a dimension is not positive,
/// when `hw` has no dense rate at `p`, or when `params` is out of range.
[[nodiscard]] GemmEstimate estimate_gemm(const HardwareNode& hw, Precision p, GemmShape shape,
                                         const GemmParams& params = {});

}  // namespace mlsysim::solvers
