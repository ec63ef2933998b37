// Distributed training of a transformer on a Fleet: tensor, pipeline, context, expert and data
// parallelism with ZeRO/FSDP, a per-layer step timeline per pipeline stage (each collective
// scheduled against the compute it can hide behind), per-GPU memory per attention kernel, and the
// three FLOP conventions (MFU, HFU, Megatron's achieved teraFLOP/s).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "mlsysim/catalog/models.hpp"
#include "mlsysim/catalog/systems.hpp"
#include "mlsysim/solvers/collectives.hpp"
#include "mlsysim/solvers/common.hpp"
#include "mlsysim/solvers/cost.hpp"
#include "mlsysim/solvers/gemm.hpp"
#include "mlsysim/solvers/roofline.hpp"

namespace mlsysim::solvers {

/// How attention is executed: a fused kernel that never writes the score matrix to memory
/// (FlashAttention, the default in current frameworks; O(s) saved state per head), or scores
/// materialized in HBM and re-read by softmax and dropout (Megatron-LM 2022 and earlier).
enum class AttentionKernel : std::uint8_t { fused, materialized };

/// How a layer's elementwise operations (norms, rotary embedding, activation function, residual
/// adds) run: `fused`, each one read and one write of its tensors (Megatron-Core / Transformer
/// Engine kernels, torch.compile, XLA fusion); or `eager`, PyTorch eager execution of Hugging
/// Face Transformers' Llama modules (`modeling_llama.py`): RMSNorm upcast to fp32 and computed in
/// eight kernels, rotary embedding in five per tensor, the activation function and the gate
/// product separate, the attention output copied to contiguous memory; each kernel, forward and
/// autograd's backward, pays the kernel boundary (docs/solvers.md). Counted for the Llama
/// module family (RMSNorm, rotary, gated or plain MLP); other architectures are approximated by
/// it. `eager_fused_norm`: the same eager kernels around a fused RMSNorm kernel, one read and one
/// write per norm (PyTorch's `nn.RMSNorm` once `aten::_fused_rms_norm` backs it: nightlies from
/// August 2025, release 2.9; torchtitan without torch.compile on those releases). Before it,
/// `nn.RMSNorm` is ATen's composite `rms_norm`, which moves what `eager` counts.
enum class ElementwiseKernels : std::uint8_t { fused, eager, eager_fused_norm };

/// How the cross-entropy loss over the vocabulary runs on the last pipeline stage (docs/solvers.md,
/// "Loss", counts the bytes, kernels and memory of each from the kernels' code):
/// - `upcast`: the rank's logits copied to fp32 and reduced, exponentiated and normalized in place
///   over that copy, the gradient written over the saved softmax (Megatron-Core's vocab-parallel
///   cross entropy, its default `native` implementation).
/// - `fused`: kernels that read the 16-bit logits and write their gradient in place with no fp32
///   copy (Transformer Engine's `parallel_cross_entropy`, Megatron-Core's
///   `cross_entropy_fusion_impl = "te"`; Liger's kernels; XLA fusion).
/// - `pytorch`: PyTorch's `F.cross_entropy(logits.float(), ...)` run eagerly (Hugging Face
///   Transformers' causal-LM loss, torchtitan's `cross_entropy_loss`): an fp32 copy, ATen's
///   `log_softmax` (its output saved) and `nll_loss`; backward a dense zero-filled gradient,
///   `log_softmax`'s backward into a new fp32 tensor and the cast back. Its backward holds three
///   fp32 tensors of the logits' size at once.
enum class LossKernel : std::uint8_t { upcast, fused, pytorch };

/// How an FP8 recipe scales each tensor it casts (Transformer Engine's recipes; docs/solvers.md,
/// "Low-precision casts"). `delayed`: the scale comes from an amax history, so the cast is one pass
/// (`DelayedScaling`, TE's default on Hopper). `current`: per-tensor current scaling
/// (`Float8CurrentScaling`, Megatron-Bridge's `*_fp8_current_scaling_mixed`, torchao's dynamic
/// tensorwise float8): the tensor's amax is computed first, in a kernel of its own that reads the
/// whole tensor, then the scale, then the cast (TE's
/// `Float8CurrentScalingQuantizer::quantize_impl`). `block`: per-block scales computed inside the
/// cast kernel (DeepSeek-style 1x128 / 128x128 blocks, MXFP8), one pass as `delayed`. Only FP8
/// GEMMs read it; NVFP4 always pays its amax pass.
enum class Fp8Scaling : std::uint8_t { delayed, current, block };

/// Where one named activation of a layer is kept between its forward and its backward pass under
/// `Recompute::saved_tensors`: recomputed from the nearest kept tensor, kept in device memory, or
/// offloaded to host memory over the device's host link (MaxText's per-tensor `remat`, `device`
/// and `offload`).
enum class Keep : std::uint8_t { recompute, device, host };

/// The named tensors of one transformer layer for `Recompute::saved_tensors`, after MaxText's
/// `checkpoint_name` tags (docs/solvers.md, "Saved-tensor recomputation"): the layer input
/// (`decoder_layer_input`, the recomputation's starting point: kept on the device or in host
/// memory, never recomputed), the query / key / value projections (`query_proj`, `key_proj`,
/// `value_proj`; a fused QKV GEMM is recomputed whole when any of its three is), the attention
/// output with its log-sum-exp (`context`), the output projection (`out_proj`), the feed-forward
/// up projections (`mlpwi`, `mlpwi_0`, `mlpwi_1`; a MoE layer's routed and shared experts') and
/// its down projection (`mlpwo`). Every tensor not kept is recomputed by its dependencies: the
/// projections from the layer input, the attention core from Q, K and V, the output projection
/// from the context, the up projections from the output projection's residual; the down
/// projection's output feeds only the residual sum, so it is never recomputed and keeping it
/// costs memory without saving time.
struct SavedTensors {
  Keep layer_input = Keep::device;
  Keep query = Keep::recompute;
  Keep key = Keep::recompute;
  Keep value = Keep::recompute;
  Keep context = Keep::recompute;
  Keep out_proj = Keep::recompute;
  Keep mlp_wi = Keep::recompute;
  Keep mlp_wo = Keep::recompute;
  bool operator==(const SavedTensors&) const = default;
};

/// Parses a saved-tensor set: comma-separated `name=place` pairs, place one of `recompute`,
/// `device`, `host` (MaxText's `remat` / `device` / `offload` are accepted too); names
/// `layer_input`, `query`, `key`, `value`, `qkv` (all three), `context`, `out_proj`, `mlp_wi`,
/// `mlp_wo`, or MaxText's (`decoder_layer_input`, `query_proj`, `key_proj`, `value_proj`,
/// `qkv_proj`, `mlpwi`, `mlpwi_0`, `mlpwi_1`, `mlpwo`). Names left out keep the defaults above
/// (MaxText's base.yml). Throws InvalidArgumentError naming the field and the bad entry.
[[nodiscard]] SavedTensors parse_saved_tensors(std::string_view spec);

/// Degrees of parallelism. Ranks are laid out as Megatron-Core's default order "tp-cp-ep-dp-pp":
/// tensor-parallel ranks adjacent, then context, data (expert parallelism inside data), pipeline
/// outermost; that layout decides which link each group's collectives cross.
struct ParallelConfig {
  std::int64_t tp = 1;          ///< tensor parallel degree
  std::int64_t pp = 1;          ///< pipeline stages
  std::int64_t cp = 1;          ///< context parallel degree (sequence split, ring K/V exchange)
  std::int64_t dp = 1;          ///< data parallel degree
  std::int64_t ep = 1;          ///< expert parallel degree (MoE; within the data-parallel group)
  std::int64_t interleave = 1;  ///< virtual pipeline chunks per stage
  std::int64_t microbatch = 1;  ///< sequences per micro-batch
  bool sequence_parallel = true;
  Recompute recompute = Recompute::selective;
  int zero_stage =
      1;  ///< 0: replicated optimizer; 1: sharded optimizer; 2: + gradients; 3: + weights (FSDP)
  /// What `Recompute::saved_tensors` keeps and where; ignored by the other modes.
  SavedTensors saved{};
};

/// How a run's tensor-parallel collectives meet its GEMMs (TrainingResult::tp_overlap).
enum class TpOverlap {
  none,  ///< serial: exposed in full
  /// Megatron / Transformer Engine's asynchronous backward collectives only
  /// (`schedule.tp_async_backward`): the forward's and the output gradients' all-gathers exposed
  async_backward,
  userbuffers,  ///< Transformer Engine's ring-exchange / pipeline / bulk scheme
  contention    ///< overlapped at the cost of `overlap_slowdown` of the compute beside them
};

/// What the framework overlaps. Defaults are those of NVIDIA's current training recipes
/// (Megatron-Bridge's `_pretrain_common()`: overlap_grad_reduce and overlap_param_gather on;
/// Megatron-LM's own command-line flags default them off); docs/solvers.md gives each source.
struct TrainingSchedule {
  /// Tensor-parallel collectives pipelined with the layer's GEMMs (Megatron
  /// `--tp-comm-overlap`, Transformer Engine userbuffers; off by default). With sequence
  /// parallelism on a device that gives its SM count, priced as Transformer Engine runs it
  /// (docs/solvers.md, "Tensor-parallel overlap"): ring-exchange all-gathers with the GEMM in tp
  /// chunks, pipelined reduce-scatters and bulk backward collectives beside GEMMs on all but
  /// `tp_overlap_comm_sms` SMs.
  bool tp_comm_overlap = false;
  /// The backward pass's asynchronous tensor-parallel collectives of Megatron-LM (since
  /// 2021-09; `LinearWithGradAccumulationAndAsyncCommunication`) and Transformer Engine
  /// (`linear.py`, `layernorm_linear.py`: `async_op=True`), on by default in both: in each
  /// column-parallel layer's backward (QKV, FC1) the data gradient's reduce-scatter (all-reduce
  /// without sequence parallelism) runs beside the weight-gradient GEMM, and with sequence
  /// parallelism the layer's input, saved sharded, is all-gathered again beside the data-gradient
  /// GEMM. The row-parallel layers' output-gradient all-gathers stay exposed. Off: every backward
  /// collective exposed, and no re-gather (PyTorch DTensor tensor parallelism keeps the gathered
  /// input; Megatron's `--no-async-tensor-model-parallel-allreduce` without sequence
  /// parallelism). Dense blocks of non-MLA layers; a MoE block's dispatcher collectives and MLA
  /// attention stay serial (docs/solvers.md, "Asynchronous backward collectives"). No effect with
  /// `tp_comm_overlap`, whose userbuffers scheme includes it.
  bool tp_async_backward = true;
  /// SMs the userbuffers kernels of a pipelined or bulk overlap hold, taken from the GEMM beside
  /// them: 16, Transformer Engine's default `num_sm` with `set_sm_margin` for those methods
  /// (transformer_engine/pytorch/module/base.py, `get_default_config`). At least 1.
  std::int64_t tp_overlap_comm_sms = 16;
  /// Chunks of a pipelined reduce-scatter overlap: 4, Transformer Engine's default `num_splits`
  /// for the `pipeline` method (same source). At least 1.
  std::int64_t tp_overlap_rs_splits = 4;
  /// MoE all-to-all overlapped with another micro-batch's compute (DeepSeek-V3 DualPipe,
  /// Megatron `--overlap-moe-expert-parallel-comm`; off by default).
  bool ep_comm_overlap = false;
  /// MoE dispatch and combine that cross nodes once per destination node (DeepEP's normal
  /// kernels, DeepSeek-V3 report section 3.2.2): a token goes over the fabric to the GPU with the
  /// same in-node index on each other node holding one of its experts, which forwards it over
  /// NVLink to the GPUs that hold them. Off: every routed copy crosses on its own (Megatron's
  /// all-to-all dispatcher over NCCL).
  bool ep_node_forwarding = false;
  /// Data-parallel gradient reduction in buckets overlapped with the rest of the backward pass
  /// (Megatron `--overlap-grad-reduce`, on in Megatron-Bridge's recipes; PyTorch DDP always).
  bool overlap_grad_reduce = true;
  /// ZeRO-1/2 parameter all-gather overlapped with the next step's forward pass (Megatron
  /// `--overlap-param-gather`, on in Megatron-Bridge's recipes).
  bool overlap_param_gather = true;
  /// ZeRO-3/FSDP: layers whose parameters are all-gathered ahead of the layer being computed
  /// (FSDP's forward/backward prefetch of one layer; 0 = gather on demand). At most 8.
  std::int64_t prefetch_depth = 1;
  /// ZeRO-3/FSDP: each layer's all-gather lands in one flat buffer that is then copied into every
  /// parameter's own unsharded tensor on the compute stream before the layer runs, one read and
  /// one write of the layer's gathered weights per gather, forward and backward (PyTorch FSDP2,
  /// `fully_shard`: `foreach_all_gather_copy_out`'s `split_with_sizes_copy`, which
  /// `FSDPParamGroup.wait_for_unshard` runs on the current stream; torchtitan, NeMo AutoModel),
  /// and each backward copies the layer's unsharded gradients into the reduce-scatter's input
  /// on the same stream (`foreach_reduce_scatter_copy_in`, there since pytorch PR #129721).
  /// Off: the gather lands in the parameters' own storage (FSDP1's flat parameter, DeepSpeed
  /// ZeRO-3, Megatron-FSDP, XLA). Priced as streaming traffic (docs/solvers.md, "FSDP2
  /// copy-out"); nothing to copy on a group that holds whole weights. Refused below ZeRO-3
  /// (`plan` applies it to the ZeRO-3 configurations it tries).
  bool fsdp_copy_out = false;
  /// ZeRO-3/FSDP: the layer's parameters are views of one gathered flat parameter, so autograd's
  /// backward of the split that made them concatenates their gradients, in the weights' dtype,
  /// into the flat parameter's gradient on the compute stream, one read and one write of the
  /// layer's gathered gradients per backward (PyTorch FSDP1, `FullyShardedDataParallel`:
  /// `FlatParamHandle` makes the views with `torch.split`; the cast to the reduction dtype and
  /// the reduce-scatter then run on FSDP1's post-backward stream). Off: no gradient copy on the
  /// compute stream (DeepSpeed ZeRO-3 copies into its bucket on its reduce stream; Megatron-FSDP
  /// and XLA are not priced one). Priced as streaming traffic (docs/solvers.md, "FSDP1 flat
  /// gradient"); nothing to copy on a group that holds whole weights. Refused below ZeRO-3 and
  /// beside `fsdp_copy_out` (FSDP2 holds no flat parameter); `plan` applies it to the ZeRO-3
  /// configurations it tries.
  bool fsdp_flat_gradient = false;
  /// Gradient-reduction bucket, in parameters; 0: Megatron-Core DDP's default, max(40M, 1M x the
  /// data-parallel size including CP) (megatron/core/distributed/distributed_data_parallel.py).
  std::int64_t bucket_parameters = 0;
  /// Fractional slowdown of compute while an overlapped collective runs on the same device (the
  /// collective's kernels take SMs and memory bandwidth): 0.189, the mean compute slowdown under
  /// overlap Lee et al. 2025 measured on A100, H100, MI250 and MI210 (arXiv 2507.03114). In
  /// [0, 1]; 0 is the ideal of communication that costs the compute nothing.
  double overlap_slowdown = 0.189;
  /// On a device whose GEMMs are `static_persistent` (catalog `compute.gemm_schedule`: cuBLAS on
  /// Hopper), a GEMM started while an overlapped collective's blocks hold cores ends only after
  /// that collective does, so the ZeRO / FSDP / data-parallel collectives the step timeline
  /// overlaps with layer compute, and the ZeRO-1/2 parameter all-gather overlapped with the
  /// forward pass, add their full time to the compute beside them rather than
  /// `overlap_slowdown` of it (docs/solvers.md, "Persistent GEMMs beside collectives"). false:
  /// the run keeps the collectives off the cores its GEMMs wait for (an SM carve-out:
  /// Transformer Engine's NVTE_EXT_MARGIN_SM, PyTorch's `_set_sm_carveout_experimental`; or
  /// copy-engine collectives), and `overlap_slowdown` applies; what a carve-out costs the GEMMs
  /// is not priced. No effect on other devices, nor on the tensor-, context- and
  /// expert-parallel overlaps (their kernels reserve cores, or run beside attention kernels).
  bool persistent_gemm_stall = true;
};

/// The formats a training state can be kept in; train() refuses any other by name. Gradients live
/// in Megatron-Core's grad buffer (`torch.float if grad_reduce_in_fp32 else param.dtype`); Adam's
/// moments in Transformer Engine's FusedAdam (`exp_avg_dtype`: float32, float16, bfloat16, or
/// uint8 holding FP8 with a scale).
inline constexpr std::array<Precision, 3> kGradientFormats = {Precision::fp32, Precision::bf16,
                                                              Precision::fp16};
inline constexpr std::array<Precision, 4> kMomentFormats = {Precision::fp32, Precision::bf16,
                                                            Precision::fp16, Precision::fp8};

/// Numeric formats of the training state (mixed-precision Adam).
struct TrainingStatePrecision {
  Precision gradients = Precision::fp32;          ///< main gradients, reduced at this precision
  Precision optimizer_moments = Precision::fp32;  ///< Adam m and v
  bool master_weights = true;  ///< an fp32 copy of the weights besides `precision.weights`
  /// Megatron-Core's precision-aware optimizer (`use_precision_aware_optimizer`, Transformer
  /// Engine's FusedAdam): the optimizer reads the 16-bit gradient buffer in place, so the step
  /// makes no fp32 copy of the rank's gradient shard, and over bf16 weights the fp32 master copy
  /// is kept as its 16 low bits (`store_param_remainders`, on by default): 2 bytes per parameter.
  /// false (the default): an optimizer over fp32 master weights casts 16-bit gradients to an fp32
  /// copy of its shard for the step (Megatron-Core's `shard_model_grad.float()`), held beside the
  /// state while the activations are free (TrainingMemory::step_gradient_copy).
  bool precision_aware = false;
};

struct TrainingOptions {
  std::int64_t seq_len = 2048;
  std::int64_t global_batch = 1024;  ///< sequences per optimizer step
  Precisions precision{};
  /// Link and memory efficiencies (`compute` is not used: GEMMs follow `gemm`).
  Efficiency efficiency{};
  /// The GEMM model of every layer GEMM (QKV, attention output, MLP, experts, logits).
  GemmParams gemm{};
  AttentionKernel attention = AttentionKernel::fused;
  /// Elementwise kernels: fused (default), PyTorch eager, or eager around fused norms
  /// (docs/solvers.md gives the byte and kernel count of each).
  ElementwiseKernels elementwise = ElementwiseKernels::fused;
  /// Cross-entropy loss kernels: Megatron-Core's in-place fp32 copy (default), fused in place, or
  /// PyTorch's eager `cross_entropy` on an fp32 copy (docs/solvers.md gives the bytes, kernels
  /// and memory held of each).
  LossKernel loss = LossKernel::upcast;
  /// FP8 recipes: how each cast tensor is scaled (delayed: no amax pass; current: one more read of
  /// the tensor and two more kernels per cast).
  Fp8Scaling fp8_scaling = Fp8Scaling::delayed;
  /// What a GEMM below the activations' width (FP8, FP4) keeps of its input for the weight
  /// gradient. true (the default, Transformer Engine's Linear, LayerNormLinear and GroupedLinear
  /// under Megatron-Core, NeMo and Megatron-Bridge): the quantized copy, at the GEMM's width plus
  /// its block scales, and not the 16-bit input. false (torchao's float8 and MX training, as
  /// torchtitan uses them): the 16-bit input, cast again in the backward pass. Memory only
  /// (docs/solvers.md, "Quantized saved inputs"); no effect at 16 bits.
  bool quantized_saved_inputs = true;
  /// Fused attention kernel's rate as a fraction of the 16-bit dense peak, forward and backward
  /// time-weighted, at every sequence length. 0 (the default): the device's measured rate
  /// (`compute.measured_attention_training`, at 8,192 tokens) scaled by `attention_seq_half` to the
  /// run's sequence length, or `default_attention_efficiency` on a device without one. A value in
  /// (0, 1] overrides both (0.34 for FlashAttention-2-class kernels on Hopper, docs/solvers.md).
  double attention_efficiency = 0;
  /// The fraction used on a device without a measured attention rate (FlashAttention-2 on A100:
  /// 50-73% of the peak, Dao 2023). In (0, 1].
  double default_attention_efficiency = 0.55;
  /// Sequence length at which a fused kernel reaches half its long-sequence rate: the measured
  /// rate at 8,192 tokens is scaled by [s/(s + s_half)] / [8192/(8192 + s_half)], at most 1.
  /// 1,250 tokens: the four published fwd+bwd curves (cuDNN on H200 and GB200, AITER on MI300X
  /// and MI355X) give 830-1,520 (docs/solvers.md). 0 turns the ramp off.
  double attention_seq_half = 1250;
  /// Dropout on the residual stream (two sites per layer) and, over a materialized score matrix,
  /// on the attention probabilities: 1-byte masks in the saved activations, and in time the
  /// dropout kernels' traffic (eager: one kernel per site each way, (2 x bytes + 1) per element;
  /// fused elementwise: the residual sites' masks only; a fused attention kernel's in-kernel
  /// dropout is free). docs/solvers.md, "Dropout". GPT-3-style models used 0.1, Llama-style
  /// pre-training uses none.
  bool dropout = false;
  /// The attention's Q, K and V projections as three GEMMs (Hugging Face Transformers' Llama-family
  /// `q_proj` / `k_proj` / `v_proj`, torchtitan's `wq` / `wk` / `wv`) instead of one fused QKV GEMM
  /// (Megatron-Core's `linear_qkv`). Each GEMM is priced on its own (its own tile and wave
  /// quantization, its own kernel), and in the backward pass the input's gradient accumulates over
  /// the three uses (docs/solvers.md, "Separate projections"). MLA's projections are separate
  /// already and do not change.
  bool separate_qkv = false;
  /// A gated feed-forward block's gate and up projections as two GEMMs (`gate_proj` / `up_proj`,
  /// torchtitan's `w1` / `w3`, LitGPT's `fc_1` / `fc_2`) instead of one (`linear_fc1`), in dense
  /// layers, shared experts and routed experts alike. No effect on a plain MLP.
  bool separate_gate_up = false;
  TrainingSchedule schedule{};
  TrainingStatePrecision state{};
  /// Optimizer state (and master weights) kept in host memory, updated there: gradients go down
  /// and weights come up over the host link every step (ZeRO-Offload).
  bool offload_optimizer = false;
  /// ZeRO-3 parameter offload (DeepSpeed ZeRO-Infinity's `offload_param`, PyTorch FSDP's
  /// `CPUOffload(offload_params=True)`): this rank's shard of the parameters and of the gradients
  /// lives in host memory with the optimizer state (it implies `offload_optimizer`). Each layer's
  /// shard is copied to the accelerator over the host link before its all-gather, in every
  /// forward and backward pass, and each gradient shard goes back after its reduce-scatter;
  /// both ride the layer's ZeRO-3 prefetch. Needs `ParallelConfig::zero_stage` 3.
  bool offload_parameters = false;
  /// Latency of an intra-node point-to-point transfer (pipeline and context-parallel sends) and of
  /// each intra-node all-to-all step when the node's link gives none (all-reduce, all-gather and
  /// reduce-scatter follow `collectives`). The CLI fills it from the catalog's
  /// `Hardware.Tech.Interconnect.NVLink`; default: that entry's figure (936.25 ns, ASTRA-sim's
  /// HGX H100 fit).
  Quantity intra_node_latency{936.25, Unit::parse("ns")};
  /// Device time at every kernel boundary of a layer's forward and backward passes
  /// (docs/solvers.md, "Kernel boundaries"): the gap between one kernel's end and the next one's
  /// start on the stream (kernels launched one by one: 2.5 us; set 1.3 us for a step replayed
  /// from a CUDA graph) plus the stall around it (the previous kernel's straggler thread blocks,
  /// the next kernel's first loads: 3.7 us). The serving engine's `ServingParams` use the same
  /// measurements (`kernel_boundary`).
  Quantity kernel_launch_gap{kernel_boundary::eager_launch_gap_us, Unit::parse("us")};
  Quantity kernel_stall{kernel_boundary::stall_us, Unit::parse("us")};
  /// The cost model of all-reduce, all-gather and reduce-scatter calls (NCCL's tuner: ring or
  /// tree, LL / LL128 / Simple, the cheapest per call). All-to-all and point-to-point transfers
  /// keep the links' alpha-beta terms.
  CollectiveTuning collectives{};
  /// Host-memory bandwidth an offloaded optimizer update gets per accelerator (CPU Adam streams
  /// the state once read, once written). Default: DGX H100's two Xeon 8480C, 8 channels of
  /// DDR5-4800 each (614.4 GB/s) shared by 8 GPUs. Used only with `offload_optimizer`.
  Quantity host_memory_bandwidth{76.8, Unit::parse("GB/s")};
  /// Tokens to train on (for time-to-train); 0 leaves time_to_train unset.
  double token_budget = 0;
};

struct TrainingMemory {
  Quantity weights;  ///< incl. ZeRO-3 gathered layers in flight
  Quantity gradients;
  Quantity optimizer;    ///< master weights and Adam moments held on the GPU
  Quantity activations;  ///< the stage holding the most (first stage under 1F1B)
  /// The fp32 copy of the rank's 16-bit gradient shard an optimizer over fp32 master weights makes
  /// for its step (TrainingStatePrecision::precision_aware); 0 when the gradients are fp32. It
  /// exists after the backward pass has freed the activations, so `total` holds the larger of the
  /// two: weights + gradients + optimizer + max(activations, step_gradient_copy).
  Quantity step_gradient_copy;
  Quantity total;
  Quantity capacity;  ///< HardwareNode::usable_capacity(): what `fits` compares `total` with
  /// Host memory per accelerator: the offloaded optimizer state, and with `offload_parameters`
  /// the parameter and gradient shards.
  std::optional<Quantity> host;
  bool fits = true;
};

/// The rate fused attention ran at in a training step (fused_attention_rate() below).
struct AttentionRate {
  Quantity rate;
  Precision precision = Precision::bf16;  ///< the precision the kernels run at
  double efficiency = 0;                  ///< rate over that precision's dense peak
  bool measured = false;                  ///< from `compute.measured_attention_training`
};
struct TrainingResult {
  Quantity step_time;
  Quantity compute_time;       ///< GEMMs and attention kernels of the slowest stage, per step
  Quantity memory_bound_time;  ///< elementwise and attention-score traffic
  /// Launch gaps and stalls at the kernel boundaries of the slowest stage's layers, per step
  /// (`TrainingOptions::kernel_launch_gap` + `kernel_stall` per kernel).
  Quantity kernel_boundary_time;
  Quantity tp_comm_time;     ///< tensor-parallel collectives, total
  Quantity tp_exposed_time;  ///< the part not hidden behind GEMMs
  Quantity cp_comm_time;     ///< context-parallel K/V ring exchange, total
  Quantity cp_exposed_time;  ///< the part not hidden behind attention
  Quantity pp_comm_time;     ///< pipeline sends and receives (on the critical path)
  Quantity ep_comm_time;     ///< MoE all-to-all, total
  Quantity ep_exposed_time;
  Quantity dp_comm_time;     ///< data-parallel / ZeRO / FSDP communication, total
  Quantity dp_exposed_time;  ///< the part not hidden behind compute
  Quantity bubble_time;
  Quantity optimizer_time;
  /// `Recompute::saved_tensors` with tensors kept in host memory: their copies to the host in the
  /// forward pass and back in the backward pass over the host link, total, and the part not
  /// hidden behind the layer's compute (zero without host-kept tensors).
  Quantity activation_offload_time;
  Quantity activation_offload_exposed_time;
  double bubble_fraction = 0;
  /// Model FLOPs per step, whole fleet, PaLM appendix B convention: 6 N + 12 L s d per token
  /// (attention scores counted in full, no recomputation). MFU uses it.
  Quantity model_flops;
  /// Hardware FLOPs per step: model FLOPs + recomputed forward FLOPs (HFU).
  Quantity hardware_flops;
  Quantity achieved_flops_per_gpu;  ///< model FLOP/s per GPU
  /// Megatron-LM's "achieved teraFLOP/s per GPU": Narayanan et al. 2021 eq. 3 (which always
  /// counts one recomputed forward pass), divided by step time and GPUs.
  Quantity megatron_flops_per_gpu;
  /// Where the GEMMs' ceiling came from: the device's measured GEMM at the compute precision, or
  /// (no measurement in the catalog) `gemm.default_fraction` x the dense peak.
  GemmCeiling gemm_ceiling = GemmCeiling::measured;
  /// How overlapped ZeRO / FSDP / data-parallel collectives cost the compute beside them: true,
  /// they stall it (the device's GEMMs are `static_persistent` and
  /// `schedule.persistent_gemm_stall` is on); false, they slow it by `overlap_slowdown`.
  bool persistent_gemm_stall = false;
  /// How the tensor-parallel collectives were priced: serial (tp = 1, or neither overlap option
  /// applies); the backward's asynchronous collectives only (`schedule.tp_async_backward`);
  /// Transformer Engine's userbuffers scheme for `schedule.tp_comm_overlap` (sequence
  /// parallelism, a device with an SM count, no MLA); or the contention model where that scheme
  /// does not apply (docs/solvers.md, "Tensor-parallel overlap").
  TpOverlap tp_overlap = TpOverlap::none;
  /// The fused attention kernels' rate at the run's s / cp and where it came from (the option,
  /// the device's measured training rate, or the default fraction); zero rate when attention is
  /// materialized.
  AttentionRate attention{};
  double mfu = 0;  ///< model FLOP/s over dense peak
  double hfu = 0;  ///< hardware FLOP/s over dense peak
  Quantity tokens_per_second;
  std::optional<Quantity> time_to_train;
  std::optional<Quantity> gpu_hours;
  TrainingMemory memory;
  Wall wall = Wall::compute;
  std::int64_t microbatches = 1;  ///< per pipeline per step
  Quantity forward_time;          ///< one micro-batch through the slowest stage, incl. exposed comm
  Quantity backward_time;         ///< same, backward (incl. recomputation)
};

/// Training FLOPs per token, PaLM appendix B / Narayanan et al. 2021 eq. 3 convention: 3 x the
/// forward pass, with the forward pass 2 x matmul parameters + 4 x layers x seq x attention width
/// (full, non-causal scores, the convention MFU figures use).
[[nodiscard]] double training_flops_per_token(const Workload& m, std::int64_t seq_len);

/// Per-rank one-way bandwidth for traffic between nodes, before derating, by this rule on catalog
/// data: a node that lists NICs gives each accelerator min(nic_bandwidth, fabric port) x NICs /
/// accelerators; a node
/// without NICs whose accelerator's device link has `ports` that the fabric's per-port rate adds
/// up to (ports x fabric rate = device link rate, within 1%: chips wired directly into the fabric,
/// as TPU ICI) gives the whole device link; otherwise one fabric port per accelerator.
[[nodiscard]] Quantity scale_out_bandwidth_per_rank(const Fleet& fleet);

/// The rate of the fused attention kernels (forward and backward, time-weighted) of a run
/// computing at precision `p` on `hw`, for kernels over `seq_tokens` tokens (s / cp). The kernels
/// run at 16 bits when `p` is FP8, FP6 or FP4 and the device has a BF16 rate (Transformer Engine
/// keeps attention in BF16). The rate is `attention_efficiency` x that precision's dense peak when
/// set; else the device's `compute.measured_attention_training` scaled to the length by
/// `attention_seq_half` (docs/solvers.md, "Attention core"); else `default_attention_efficiency`
/// x the dense peak. The measured and default rates are for head dimension 128 and are scaled to
/// `head_dim` by `gemm.attention_head_dim_factor` (an explicit `attention_efficiency` is taken as
/// given). Throws InvalidArgumentError when `hw` has no dense rate at that precision or
/// `seq_tokens` is not a positive number.
[[nodiscard]] AttentionRate fused_attention_rate(const HardwareNode& hw, Precision p,
                                                 const TrainingOptions& options, double seq_tokens,
                                                 double head_dim = 128);

/// A collective the training solver prices.
enum class CollectiveKind : std::uint8_t { all_reduce, all_gather, reduce_scatter, all_to_all };

/// One collective on a fleet, priced exactly as `train()` prices its TP / DP / EP collectives.
struct CollectiveEstimate {
  Quantity time;   ///< the whole call
  Quantity algbw;  ///< bytes / time (nccl-tests' algorithm bandwidth)
  /// algbw x nccl-tests' bus factor: 2 (n - 1) / n for all-reduce, (n - 1) / n for all-gather,
  /// reduce-scatter and all-to-all (NCCL's PERFORMANCE.md), comparable across rank counts.
  Quantity busbw;
  /// What NCCL's cost model picks for this call (all-to-all: ring, Simple; it has no choice).
  CollectiveAlgorithm algorithm = CollectiveAlgorithm::ring;
  CollectiveProtocol protocol = CollectiveProtocol::simple;
};

/// `kind` over `ranks` ranks of `fleet`, `per_node` of them on each node (the others on other
/// nodes), with `bytes` the buffer nccl-tests calls the size (all-reduce: each rank's buffer;
/// all-gather: the gathered result; reduce-scatter: each rank's input; all-to-all: what each
/// rank sends). Inside a node the collective moves over the node's link, across nodes over the
/// rank's share of the node's NICs, derated by `options.efficiency` (intra_node_link, fabric and
/// the fabric's oversubscription); all-reduce, all-gather and reduce-scatter are priced by NCCL's
/// cost model (`options.collectives`: pipelined ring or tree, the cheapest protocol), all-to-all
/// by the links' alpha-beta terms (docs/solvers.md, "Collectives" and "Rank layout and links").
/// Throws InvalidArgumentError when `bytes` is not a positive finite size, `ranks` < 1 or exceeds
/// the fleet, `per_node` is not in [1, min(ranks, accelerators per node)] or does not divide
/// `ranks`, or the fleet has no node, accelerator or fabric.
[[nodiscard]] CollectiveEstimate estimate_collective(const Fleet& fleet, CollectiveKind kind,
                                                     const Quantity& bytes, std::int64_t ranks,
                                                     std::int64_t per_node,
                                                     const TrainingOptions& options = {});

/// Evaluates one training step of `m` on `fleet`. Throws InvalidArgumentError when the degrees do
/// not multiply to the fleet's accelerators (tp x pp x cp x dp), do not divide layers, heads,
/// sequence or batch, a product overflows, or any option is out of range; a configuration that
/// does not fit is reported with `memory.fits == false` and `wall == Wall::capacity`.
[[nodiscard]] TrainingResult train(const Workload& m, const Fleet& fleet,
                                   const ParallelConfig& parallel, const TrainingOptions& options);

}  // namespace mlsysim::solvers
