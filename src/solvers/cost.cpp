// Forward-pass cost of a workload, per operator group. Formulas and their sources are in
// docs/solvers.md ("Workload cost").
#include "mlsysim/solvers/cost.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "checks.hpp"
#include "mlsysim/solvers/common.hpp"
#include "shape.hpp"
#include "typed_math.hpp"
#include "units/quantity_access.hpp"

namespace mlsysim::solvers {
namespace {

using detail::byte_count;
using detail::flop_count;

bool has_attention_shape(const Workload& m) {
  return m.layers && m.heads &&
         (m.head_dim || m.hidden_dim || (m.qk_nope_head_dim && m.v_head_dim));
}

inline void add(ForwardCost& c, const detail::Units& u, OpKind kind, std::string_view name,
                double flops, double bytes) {
  OpCost& op = c.ops[c.count++];
  op.kind = kind;
  op.name = name;
  units_detail::assign_base(op.flops, flops, u.flop);
  units_detail::assign_base(op.bytes, 8.0 * bytes, u.gb);
}

}  // namespace

std::string_view op_kind_name(OpKind k) noexcept {
  switch (k) {
    case OpKind::gemm:
      return "gemm";
    case OpKind::attention:
      return "attention";
    case OpKind::elementwise:
      return "elementwise";
    case OpKind::state:
      return "state";
    case OpKind::whole_model:
      return "whole model";
  }
  return "unknown";
}

Quantity ForwardCost::flops() const {
  double total = 0;
  for (std::size_t i = 0; i < count; ++i) total += ops[i].flops.base_value();
  return detail::base(total, detail::units().flop);
}

Quantity ForwardCost::bytes() const {
  double total = 0;
  for (std::size_t i = 0; i < count; ++i) total += ops[i].bytes.base_value();
  return detail::base(total, detail::units().gb);
}

double matmul_parameters(const Workload& m) {
  double p = static_cast<double>(m.active_params());
  if (m.vocab_size && m.hidden_dim && !m.tied_embeddings.value_or(false)) {
    p -= static_cast<double>(*m.vocab_size) * static_cast<double>(*m.hidden_dim);
  }
  return std::max(p, 0.0);
}

double experts_touched(const Workload& m, double tokens) {
  if (!m.experts || !m.experts_per_token) return 0.0;
  const double e = static_cast<double>(*m.experts);
  const double k = static_cast<double>(*m.experts_per_token);
  return e * (1.0 - std::pow(1.0 - k / e, tokens));
}

Quantity kv_cache_per_token(const Workload& m, Precision kv) {
  const double b = detail::bytes_of(kv);
  double elements = 0.0;
  if (m.layers && m.kv_lora_rank && m.qk_rope_head_dim) {
    elements = static_cast<double>(*m.layers) *
               (static_cast<double>(*m.kv_lora_rank) + static_cast<double>(*m.qk_rope_head_dim));
  } else if (m.layers && m.heads && m.attention_head_dim()) {
    const auto kvh = m.kv_heads.value_or(*m.heads);
    elements = 2.0 * static_cast<double>(*m.layers) * static_cast<double>(kvh) *
               static_cast<double>(*m.attention_head_dim());
  }
  return detail::base(8.0 * elements * b, detail::units().kib);
}

ForwardCost forward_cost(const Workload& m, std::int64_t batch, std::int64_t tokens,
                         std::int64_t context, const Precisions& p) {
  require_positive("batch", batch);
  require_positive("tokens", tokens);
  if (context < 0) throw InvalidArgumentError("context", "must not be negative");
  ForwardCost c;
  const auto& u = detail::units();
  const double wb = detail::bytes_of(p.weights);
  const double ab = detail::bytes_of(p.activations);
  const double B = static_cast<double>(batch);
  const double T = static_cast<double>(tokens);
  const double ctx = static_cast<double>(context);
  const double per_token_flops = m.inference_flops ? m.inference_flops->base_value() : 0.0;

  switch (m.flops_basis) {
    case FlopsBasis::per_token: {
      const bool transformer =
          (m.architecture == Architecture::transformer || m.architecture == Architecture::moe) &&
          has_attention_shape(m) && m.hidden_dim;
      const double gemm_flops_per_token =
          per_token_flops > 0 ? per_token_flops : 2.0 * matmul_parameters(m);
      if (gemm_flops_per_token <= 0) {
        throw InvalidArgumentError("workload", "'" + std::string(m.info.path) +
                                                   "' has neither inference_flops nor a shape");
      }
      // Weights read once per pass; for MoE only the experts the batch's tokens touch.
      double weight_params = matmul_parameters(m);
      if (m.architecture == Architecture::moe && m.experts && m.hidden_dim && m.moe_layers() > 0) {
        const double mats = m.ffn_kind.value_or(FfnKind::mlp) == FfnKind::gated ? 3.0 : 2.0;
        const double width = static_cast<double>(m.expert_ffn_dim.value_or(m.ffn_dim.value_or(0)));
        const double per_expert =
            mats * static_cast<double>(*m.hidden_dim) * width * static_cast<double>(m.moe_layers());
        const double all_routed = per_expert * static_cast<double>(*m.experts);
        const double base = static_cast<double>(m.parameters) - all_routed -
                            (m.tied_embeddings.value_or(false)
                                 ? 0.0
                                 : static_cast<double>(m.vocab_size.value_or(0) * *m.hidden_dim));
        weight_params = std::max(base, 0.0) + per_expert * experts_touched(m, B * T);
      }
      units_detail::assign_base(c.weight_bytes, 8.0 * weight_params * wb, u.gb);
      add(c, u, OpKind::gemm, "weights GEMM", gemm_flops_per_token * B * T, weight_params * wb);
      if (transformer) {
        const double L = static_cast<double>(*m.layers);
        const double heads = static_cast<double>(*m.heads);
        double d_qk = heads * static_cast<double>(m.attention_head_dim().value_or(0));
        double d_v = d_qk;
        if (m.qk_nope_head_dim && m.qk_rope_head_dim && m.v_head_dim) {
          d_qk = heads * static_cast<double>(*m.qk_nope_head_dim + *m.qk_rope_head_dim);
          d_v = heads * static_cast<double>(*m.v_head_dim);
        }
        // Each new token attends to the cached context plus, causally, half the new tokens.
        const double attended = ctx + (T + 1.0) / 2.0;
        const double attn_flops = 2.0 * L * B * T * attended * (d_qk + d_v);
        c.kv_per_token = kv_cache_per_token(m, p.kv_cache);
        const double kv_token = c.kv_per_token.base_value() / 8.0;
        const double kv_read = B * (ctx + T) * kv_token;
        const double kv_write = B * T * kv_token;
        units_detail::assign_base(c.kv_bytes_read, 8.0 * kv_read, u.gb);
        units_detail::assign_base(c.kv_bytes_written, 8.0 * kv_write, u.gb);
        add(c, u, OpKind::attention, "attention", attn_flops, kv_read + kv_write);
        add(c, u, OpKind::elementwise, "elementwise", 0.0,
            B * T * L * detail::elementwise_elements(m) * ab);
      } else if (m.architecture == Architecture::ssm && m.layers && m.hidden_dim && m.state_size) {
        // Selective-scan state (expand factor 2, as in Mamba): read and written once per step.
        const double state =
            2.0 * static_cast<double>(*m.layers * 2 * *m.hidden_dim * *m.state_size);
        // A parallel scan touches the state once.
        add(c, u, OpKind::state, "state", 0.0, B * state * ab);
      }
      break;
    }
    case FlopsBasis::per_sequence: {
      if (per_token_flops <= 0) {
        throw InvalidArgumentError("workload",
                                   "'" + std::string(m.info.path) + "' has no inference_flops");
      }
      const double ref = static_cast<double>(m.reference_seq_len.value_or(tokens));
      const double weights = static_cast<double>(m.parameters) * wb;
      units_detail::assign_base(c.weight_bytes, 8.0 * weights, u.gb);
      add(c, u, OpKind::whole_model, "whole model", per_token_flops * B * T / ref, weights);
      if (m.hidden_dim && m.layers) {
        add(c, u, OpKind::elementwise, "elementwise", 0.0,
            B * T * static_cast<double>(*m.layers) * detail::elementwise_elements(m) * ab);
      }
      break;
    }
    case FlopsBasis::per_sample:
    case FlopsBasis::per_step: {
      if (per_token_flops <= 0) {
        throw InvalidArgumentError("workload",
                                   "'" + std::string(m.info.path) + "' has no inference_flops");
      }
      // Per sample: `tokens` is ignored. Per step: `tokens` denoising steps, weights re-read
      // each step.
      const double passes = m.flops_basis == FlopsBasis::per_step ? T : 1.0;
      const double weights = (m.model_size ? m.model_size->base_value() / 8.0
                                           : static_cast<double>(m.parameters) * wb) *
                             passes;
      units_detail::assign_base(c.weight_bytes, 8.0 * weights, u.gb);
      add(c, u, OpKind::whole_model, "whole model", per_token_flops * B * passes, weights);
      break;
    }
  }
  return c;
}

}  // namespace mlsysim::solvers
