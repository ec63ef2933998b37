#include "training.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "assumptions.hpp"
#include "checks.hpp"

namespace mlsysim::cli {

using namespace solvers;

void add_parallel_options(CLI::App& c, ParallelFlags& o) {
  c.add_option("--tp", o.tp, "tensor parallel degree")->check(CLI::PositiveNumber);
  c.add_option("--pp", o.pp, "pipeline stages")->check(CLI::PositiveNumber);
  c.add_option("--dp", o.dp, "data parallel degree (default: the rest of the fleet)");
  c.add_option("--ep", o.ep, "expert parallel degree")->check(CLI::PositiveNumber);
  c.add_option("--cp", o.cp, "context parallel degree")->check(CLI::PositiveNumber);
  c.add_option("--interleave", o.interleave, "virtual pipeline chunks per stage")
      ->check(CLI::PositiveNumber);
  c.add_option("--microbatch", o.microbatch, "sequences per micro-batch")
      ->check(CLI::PositiveNumber);
  c.add_option("--recompute", o.recompute,
               "none, selective (attention core), mlp (attention core + feed-forward), full, or "
               "all_but_attention (everything but the attention core, whose output is kept), or "
               "alternate_matmuls (torchtitan's op-level selective checkpointing: every second "
               "matmul of a layer and its elementwise operations), or saved_tensors (keep the "
               "tensors --saved names, recompute the rest as JAX does)")
      ->check(CLI::IsMember({"none", "selective", "mlp", "full", "all_but_attention",
                             "alternate_matmuls", "saved_tensors"}));
  c.add_option("--saved", o.saved,
               "with --recompute saved_tensors: comma-separated name=place pairs, place recompute, "
               "device or host; names layer_input, query, key, value, qkv, context, out_proj, "
               "mlp_wi, mlp_wo or MaxText's (decoder_layer_input=offload,qkv_proj=device); "
               "unnamed tensors: layer_input on the device, the rest recomputed");
  c.add_option("--zero", o.zero, "ZeRO stage 0-3")->check(CLI::Range(0, 3));
  c.add_flag("--no-sequence-parallel", o.no_sp, "disable sequence parallelism");
}

std::vector<std::string> check_parallel(const ParallelFlags& o, const Fleet& fleet,
                                        TrainingRunOptions& run) {
  std::vector<std::string> notes;
  for (auto [flag, v] : {std::pair{"--tp", o.tp}, std::pair{"--pp", o.pp}, std::pair{"--ep", o.ep},
                         std::pair{"--interleave", o.interleave}}) {
    check_range(flag, v, 1, kMaxDegree);
  }
  if (o.dp != 0) check_range("--dp", o.dp, 1, kMaxDegree);
  check_range("--microbatch", o.microbatch, 1, kMaxBatch);
  // The default global batch (1024) must be a multiple of dp x microbatch; when it is not and
  // the user did not choose one, take the smallest multiple at or above 1024 and say so.
  if (!run.global_batch_given) {
    const std::int64_t n = fleet.total_accelerators();
    const std::int64_t dp = o.dp > 0 ? o.dp : (n % (o.tp * o.pp) == 0 ? n / (o.tp * o.pp) : 0);
    if (dp > 0) {
      const std::int64_t step = dp * o.microbatch;
      if (run.global_batch % step != 0) {
        const std::int64_t chosen = ((run.global_batch + step - 1) / step) * step;
        if (chosen <= kMaxGlobalBatch) {
          notes.push_back(fmt::format(
              "assumed global batch {} sequences: the default 1024 is not a multiple of dp x "
              "microbatch = {} x {} (give --global-batch to choose)",
              chosen, dp, o.microbatch));
          run.global_batch = chosen;
        }
      }
    }
  }
  return notes;
}

ParallelConfig parallel_config(const ParallelFlags& o, const Fleet& fleet) {
  ParallelConfig pc;
  pc.tp = o.tp;
  pc.pp = o.pp;
  pc.ep = o.ep;
  pc.cp = o.cp;
  pc.interleave = o.interleave;
  pc.microbatch = o.microbatch;
  pc.zero_stage = o.zero;
  pc.sequence_parallel = !o.no_sp;
  pc.recompute = o.recompute == "none"                ? Recompute::none
                 : o.recompute == "full"              ? Recompute::full
                 : o.recompute == "mlp"               ? Recompute::mlp
                 : o.recompute == "all_but_attention" ? Recompute::all_but_attention
                 : o.recompute == "alternate_matmuls" ? Recompute::alternate_matmuls
                 : o.recompute == "saved_tensors"     ? Recompute::saved_tensors
                                                      : Recompute::selective;
  if (pc.recompute == Recompute::saved_tensors) {
    pc.saved = parse_saved_tensors(o.saved);
  } else if (!o.saved.empty()) {
    throw InvalidArgumentError(
        "--saved", "names kept tensors for --recompute saved_tensors, not '" + o.recompute + "'");
  }
  const std::int64_t n = fleet.total_accelerators();
  // tp x pp x cp, checked: each is positive (CLI11) and at most the fleet, so no overflow.
  const bool small = o.tp <= n && o.pp <= n && o.cp <= n && o.tp * o.pp <= n;
  const std::int64_t model_ranks = small && o.tp * o.pp * o.cp <= n ? o.tp * o.pp * o.cp : 0;
  pc.dp = o.dp > 0 ? o.dp : (model_ranks > 0 && n % model_ranks == 0 ? n / model_ranks : 0);
  if (pc.dp <= 0) {
    throw InvalidArgumentError(
        "dp", fmt::format("tp x pp x cp = {} x {} x {} does not divide the {} accelerators of '{}'",
                          o.tp, o.pp, o.cp, n, fleet.info.path));
  }
  return pc;
}

CLI::Option* add_batch_options(CLI::App& c, TrainingRunOptions& o) {
  c.add_option("--seq-len", o.seq_len, "sequence length")->check(CLI::PositiveNumber);
  return c
      .add_option("--global-batch", o.global_batch,
                  "sequences per optimizer step (default 1024, raised to the next multiple of dp x "
                  "microbatch when needed)")
      ->check(CLI::PositiveNumber);
}

namespace {

/// The CLI spellings of a set of training-state formats (the library's lists, one definition).
template <std::size_t N>
std::vector<std::string> format_names(const std::array<Precision, N>& formats) {
  std::vector<std::string> names;
  for (const Precision p : formats) names.emplace_back(precision_name(p));
  return names;
}

}  // namespace

PowerLimitedFleet::PowerLimitedFleet(const Fleet& fleet, const std::string& limit) : base_(&fleet) {
  if (limit.empty()) return;
  auto limited = at_power_limit(*fleet.node->accelerator, limit);
  hw_ = std::move(limited.hw);
  note_ = std::move(limited.note);
  node_ = solvers::power_limited(*fleet.node, hw_);
  if (fleet.node->system_power) {
    note_ += fmt::format("; node system power {} -> {}", fleet.node->system_power->str(),
                         node_.system_power->str());
  }
  fleet_ = fleet;
  fleet_.node = &node_;
  limited_ = true;
}

CLI::Option* add_training_options(CLI::App& c, TrainingRunOptions& o) {
  auto* global_batch = add_batch_options(c, o);
  c.add_option("--power-limit", o.power_limit,
               "the accelerators' power limit (e.g. '500 W', nvidia-smi -pl) below their TDP: "
               "compute rates scaled by the catalog's measured throughput at a lower limit "
               "(power.capped_limit); refused for a device without one");
  c.add_option("--tokens", o.token_budget, "tokens to train on (time-to-train)");
  auto* eager = c.add_flag("--eager", o.eager,
                           "elementwise ops as PyTorch eager kernels (Hugging Face modules, or "
                           "torchtitan before PyTorch 2.9, without torch.compile) instead of "
                           "fused ones");
  c.add_flag("--eager-fused-norm", o.eager_fused_norm,
             "elementwise ops as PyTorch eager kernels around fused RMSNorm kernels "
             "(nn.RMSNorm from PyTorch 2.9, e.g. torchtitan without torch.compile)")
      ->excludes(eager);
  auto* fused_loss = c.add_flag(
      "--fused-loss", o.fused_loss,
      "cross-entropy loss read and written in place at 16 bits (Transformer Engine's parallel "
      "cross entropy, Liger, XLA) instead of over an fp32 copy of the logits reduced in place "
      "(Megatron-Core's native loss)");
  c.add_flag("--pytorch-loss", o.pytorch_loss,
             "cross-entropy loss as PyTorch's eager F.cross_entropy on logits.float() (Hugging "
             "Face Transformers, torchtitan without torch.compile): its own passes over the fp32 "
             "copy and three fp32 tensors of the logits' size held in its backward")
      ->excludes(fused_loss);
  c.add_option("--fp8-scaling", o.fp8_scaling,
               "how an FP8 recipe scales each cast tensor: delayed (an amax history, one pass; "
               "Transformer Engine's default on Hopper), current (per-tensor current scaling: an "
               "amax kernel reads the tensor first; Megatron-Bridge's *_fp8_current_scaling "
               "recipes, torchao's tensorwise float8) or block (1x128 / 128x128 blocks, MXFP8: "
               "scales inside the cast)")
      ->check(CLI::IsMember({"delayed", "current", "block"}));
  c.add_flag("--wide-saved-inputs", o.wide_saved_inputs,
             "FP8 / FP4 GEMMs keep their 16-bit inputs for the backward pass and cast them again "
             "(torchao's float8 and MX training, torchtitan) instead of the quantized copies "
             "Transformer Engine keeps (Megatron-Core, NeMo, Megatron-Bridge): more activation "
             "memory");
  c.add_option("--grads", o.grads,
               "precision the gradients are held, accumulated and reduced at: fp32 (default; "
               "Megatron-Core with grad_reduce_in_fp32) or bf16 / fp16 "
               "(Megatron-Bridge recipes with grad_reduce_in_fp32 False: half the gradient memory "
               "and data-parallel traffic)")
      ->check(CLI::IsMember(format_names(kGradientFormats)));
  c.add_option("--moments", o.moments,
               "precision of Adam's two moments: fp32 (default) or bf16 / fp16 / fp8 "
               "(Megatron-Core's precision-aware optimizer, Transformer Engine's FusedAdam "
               "exp_avg_dtype / exp_avg_sq_dtype)")
      ->check(CLI::IsMember(format_names(kMomentFormats)));
  c.add_flag("--no-master-weights", o.no_master_weights,
             "no fp32 master copy of the weights beside the 16-bit ones (an optimizer that "
             "updates the 16-bit weights in place, e.g. FusedAdam with master_weights=False)");
  c.add_flag("--precision-aware-optimizer", o.precision_aware,
             "Megatron-Core's precision-aware optimizer (Transformer Engine's FusedAdam): reads "
             "16-bit gradients in place, without the step's fp32 copy of the gradient shard, and "
             "keeps the fp32 master copy of bf16 weights as its 16 low bits (2 B per parameter)");
  c.add_flag(
      "--ep-forwarding", o.ep_forwarding,
      "MoE dispatch with node forwarding (DeepEP, HybridEP): a token crosses the fabric once "
      "per node holding its experts");
  c.add_flag("--fsdp-copy-out", o.fsdp_copy_out,
             "ZeRO-3 only (train refuses it below; plan applies it to its ZeRO-3 candidates): "
             "each gathered layer is copied out of the all-gather's flat buffer into its "
             "parameters on the compute stream, forward and backward, and each backward "
             "copies the layer's gradients into the reduce-scatter's input there (PyTorch "
             "FSDP2, fully_shard; torchtitan)");
  c.add_flag("--fsdp-flat-gradient", o.fsdp_flat_gradient,
             "ZeRO-3 only (train refuses it below and beside --fsdp-copy-out; plan applies it "
             "to its ZeRO-3 candidates): each backward concatenates the layer's gradients into "
             "its flat parameter's gradient on the compute stream (PyTorch FSDP1, "
             "FullyShardedDataParallel)");
  c.add_flag("--tp-comm-overlap", o.tp_comm_overlap,
             "tensor-parallel collectives pipelined with the layer's GEMMs (Megatron "
             "--tp-comm-overlap, Transformer Engine userbuffers; torchtitan's async TP), priced "
             "as Transformer Engine runs them with sequence parallelism: ring-exchange "
             "all-gathers, pipelined reduce-scatters on a 16-SM margin (docs/solvers.md, "
             "\"Tensor-parallel overlap\")");
  c.add_flag("--no-async-tp-backward", o.serial_tp_backward,
             "every backward tensor-parallel collective serial, with no re-gather of the "
             "sequence-parallel input (PyTorch DTensor TP, e.g. torchtitan without async TP; "
             "Megatron --no-async-tensor-model-parallel-allreduce) instead of Megatron / "
             "Transformer Engine's asynchronous backward all-gather and reduce-scatter beside "
             "the data- and weight-gradient GEMMs (docs/solvers.md, \"Asynchronous backward "
             "collectives\")");
  c.add_flag("--no-gemm-stall", o.no_gemm_stall,
             "the run keeps its overlapped collectives off the SMs of the device's persistent "
             "GEMMs (an SM carve-out such as NVTE_EXT_MARGIN_SM): on Hopper they then cost the "
             "compute the overlap slowdown instead of stalling it (docs/solvers.md, \"Persistent "
             "GEMMs beside collectives\")");
  c.add_flag("--cuda-graphs", o.cuda_graphs,
             "the step is replayed from a CUDA graph: each kernel's launch gap is the graph "
             "replay's 1.3 us instead of the one-by-one launch's 2.5 us");
  c.add_flag("--stream-k", o.stream_k,
             "price GEMMs with the stream-K schedule (a partial last wave spread over every "
             "core; opt-in, docs/solvers.md \"Stream-K, opt-in\") instead of data-parallel "
             "waves");
  c.add_flag("--dropout", o.dropout,
             "the model trains with dropout (GPT-2 / GPT-3 style, p > 0): two sites per layer on "
             "the residual stream; with --eager each is its own kernel, else only its 1-byte "
             "mask is moved (docs/solvers.md \"Dropout\")");
  c.add_flag("--separate-qkv", o.separate_qkv,
             "Q, K and V as three GEMMs (Hugging Face Llama-family modules, torchtitan) instead "
             "of one fused QKV GEMM (Megatron-Core)");
  c.add_flag("--separate-gate-up", o.separate_gate_up,
             "a gated FFN's gate and up projections as two GEMMs (Hugging Face, torchtitan, "
             "LitGPT) instead of one");
  c.add_option("--attention-efficiency", o.attention_efficiency,
               "fused attention rate as a fraction of the 16-bit peak, forward and backward (e.g. "
               "0.34 for FlashAttention-2 on Hopper; default: the device's measured rate at the "
               "sequence length, else 0.55)");
  c.add_option("--grid", o.site.grid, "grid for the run's energy and carbon");
  c.add_option("--datacenter", o.site.datacenter, "datacenter for the run's energy and carbon");
  return global_batch;
}

void check_training_run(const TrainingRunOptions& o) {
  check_range("--seq-len", o.seq_len, 1, kMaxTokens);
  check_range("--global-batch", o.global_batch, 1, kMaxGlobalBatch);
  if (!(o.attention_efficiency >= 0 && o.attention_efficiency <= 1)) {
    throw InvalidArgumentError(
        "--attention-efficiency",
        fmt::format(
            "must be a fraction in (0, 1] (or 0 for the device's measured rate), got {:.6g}",
            o.attention_efficiency));
  }
  if (!(o.token_budget >= 0) || o.token_budget > kMaxTokenBudget) {
    throw InvalidArgumentError(
        "--tokens", fmt::format("the token budget must be a number in (0, {:g}], got {:.6g}",
                                kMaxTokenBudget, o.token_budget));
  }
}

TrainingOptions training_options(const Catalog& catalog, const TrainingRunOptions& o,
                                 const HardwareNode& hw) {
  TrainingOptions t;
  t.seq_len = o.seq_len;
  t.global_batch = o.global_batch;
  t.token_budget = o.token_budget;
  t.elementwise = o.eager              ? ElementwiseKernels::eager
                  : o.eager_fused_norm ? ElementwiseKernels::eager_fused_norm
                                       : ElementwiseKernels::fused;
  t.loss = o.fused_loss     ? LossKernel::fused
           : o.pytorch_loss ? LossKernel::pytorch
                            : LossKernel::upcast;
  t.fp8_scaling = o.fp8_scaling == "current" ? Fp8Scaling::current
                  : o.fp8_scaling == "block" ? Fp8Scaling::block
                                             : Fp8Scaling::delayed;
  t.quantized_saved_inputs = !o.wide_saved_inputs;
  t.state.gradients = parse_precision(o.grads);
  t.state.optimizer_moments = parse_precision(o.moments);
  t.state.master_weights = !o.no_master_weights;
  t.state.precision_aware = o.precision_aware;
  t.schedule.ep_node_forwarding = o.ep_forwarding;
  t.schedule.fsdp_copy_out = o.fsdp_copy_out;
  t.schedule.fsdp_flat_gradient = o.fsdp_flat_gradient;
  t.schedule.persistent_gemm_stall = !o.no_gemm_stall;
  t.schedule.tp_comm_overlap = o.tp_comm_overlap;
  t.schedule.tp_async_backward = !o.serial_tp_backward;
  if (o.cuda_graphs) {
    t.kernel_launch_gap = Quantity(kernel_boundary::graph_launch_gap_us, Unit::parse("us"));
  }
  t.gemm.stream_k = o.stream_k;
  t.dropout = o.dropout;
  t.separate_qkv = o.separate_qkv;
  t.separate_gate_up = o.separate_gate_up;
  t.attention_efficiency = o.attention_efficiency;
  t.offload_optimizer = o.offload_optimizer;
  t.offload_parameters = o.offload_parameters;
  t.precision = resolve_precisions(o.precision, hw);
  // FP8/FP4 training runs its GEMMs at low precision and keeps 16-bit weights and activations
  // (Transformer Engine's recipe).
  if (t.precision.compute == Precision::fp8 || t.precision.compute == Precision::fp4) {
    if (o.precision.weights.empty()) t.precision.weights = Precision::bf16;
    t.precision.activations = Precision::bf16;
  }
  // Defaults that come from data are filled from the catalog in use (overlays honoured).
  if (const auto* e = catalog.try_find("Hardware.Tech.Interconnect.NVLink")) {
    if (const auto* tech = e->get_if<TechEntry>(); tech != nullptr && tech->latency) {
      t.intra_node_latency = *tech->latency;
    }
  }
  return t;
}

}  // namespace mlsysim::cli
