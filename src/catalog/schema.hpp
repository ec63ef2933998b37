// The catalog schema, written once: for each entry type, the JSON fields in declaration order with
// their dimension and bounds. The loader, the code generator, field lookup and the table-wide
// tests are all visitors over these functions, so a field added here is loaded, generated,
// queryable and tested without another edit.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

#include "mlsysim/catalog/hardware.hpp"
#include "mlsysim/catalog/infra.hpp"
#include "mlsysim/catalog/models.hpp"
#include "mlsysim/catalog/reliability.hpp"
#include "mlsysim/catalog/systems.hpp"
#include "mlsysim/registry.hpp"

namespace mlsysim::schema {

/// Value bounds checked by the loader.
enum class Bound : unsigned char { any, positive, non_negative, fraction, year, at_least_one };

struct Spec {
  Dimension dimension{};  ///< quantities only
  Bound bound = Bound::any;
  bool required = false;
  std::string_view member{};  ///< C++ member name when it differs from the JSON name
};

inline constexpr Spec req(Dimension d, Bound b = Bound::positive) { return {d, b, true, {}}; }
inline constexpr Spec opt(Dimension d, Bound b = Bound::positive) { return {d, b, false, {}}; }
inline constexpr Spec req_count(Bound b = Bound::at_least_one) { return {{}, b, true, {}}; }
inline constexpr Spec opt_count(Bound b = Bound::at_least_one) { return {{}, b, false, {}}; }
inline constexpr Spec req_text() { return {{}, Bound::any, true, {}}; }
inline constexpr Spec opt_text() { return {{}, Bound::any, false, {}}; }

// ---- an example per dimension ------------------------------------------------------------

/// The unit a message or a JSON Schema suggests for a quantity of one dimension, and a typical
/// magnitude in it: `bare number 80 ... e.g. '80 GB'`, schema example "80 GB". One row per
/// dimension the schema uses; the loader's messages and codegen's schemas both read this table.
struct DimensionExample {
  Dimension dimension;
  std::string_view magnitude;
  std::string_view unit;
};
// clang-format off
inline constexpr DimensionExample kDimensionExamples[] = {
    {dims::information,            "80",    "GB"},
    {dims::information_rate,       "3350",  "GB/s"},
    {dims::operation_rate,         "989.4", "TFLOP/s"},
    {dims::operation,              "8.2",   "GFLOP"},
    {dims::power,                  "700",   "W"},
    {dims::energy,                 "15",    "Wh"},
    {dims::time,                   "5",     "us"},
    {dims::currency,               "25000", "USD"},
    {dims::mass,                   "164",   "kgCO2e"},
    {dims::carbon_intensity,       "369",   "gCO2e/kWh"},
    {dims::water_intensity,        "1.8",   "L/kWh"},
    {dims::energy_price,           "0.08",  "USD/kWh"},
    {dims::energy_per_information, "160",   "pJ/B"},
    {dims::energy_per_operation,   "0.4",   "pJ/FLOP"},
};
// clang-format on
/// The row for `d`, or nullptr for a dimension without one (use its canonical unit).
[[nodiscard]] constexpr const DimensionExample* dimension_example(const Dimension& d) noexcept {
  for (const auto& e : kDimensionExamples) {
    if (e.dimension == d) return &e;
  }
  return nullptr;
}

// ---- enumerations and their JSON spellings ------------------------------------------------

/// The JSON spellings of an enumeration (vocabulary.def) and its qualified C++ name.
template <class E>
struct EnumInfo {
  static constexpr auto& names = EnumNames<E>::names;
};

#define MLSYSIM_ENUM_CPP_NAME(Type)                                   \
  template <>                                                         \
  struct EnumInfo<Type> {                                             \
    static constexpr std::string_view cpp_name = "::mlsysim::" #Type; \
    static constexpr auto& names = EnumNames<Type>::names;            \
  };
MLSYSIM_ENUM_CPP_NAME(Precision)
MLSYSIM_ENUM_CPP_NAME(LinkDirection)
MLSYSIM_ENUM_CPP_NAME(TechCategory)
MLSYSIM_ENUM_CPP_NAME(Architecture)
MLSYSIM_ENUM_CPP_NAME(FlopsBasis)
MLSYSIM_ENUM_CPP_NAME(FfnKind)
MLSYSIM_ENUM_CPP_NAME(PowerKind)
MLSYSIM_ENUM_CPP_NAME(GemmSchedule)
MLSYSIM_ENUM_CPP_NAME(CarbonAccounting)
MLSYSIM_ENUM_CPP_NAME(Tier)
MLSYSIM_ENUM_CPP_NAME(SourceKind)
MLSYSIM_ENUM_CPP_NAME(StorageClass)
MLSYSIM_ENUM_CPP_NAME(BandwidthBasis)
#undef MLSYSIM_ENUM_CPP_NAME

template <class E>
[[nodiscard]] constexpr std::string_view enum_name(E e) {
  return to_string(e);
}

// ---- the schema ---------------------------------------------------------------------------
//
// A visitor provides:
//   v.field(name, member, spec)             text, bool, count, ratio, Quantity (optional or not)
//   v.enumeration(name, member, spec)       an enum (optional or not) spelled by EnumInfo
//   v.precision_table(name, table, spec)    an object keyed by precision name
//   v.object(name, member, spec, fn)        a nested object; fn(v, sub) visits its fields
//   v.reference(name, member, kind, spec)   a dotted-path reference to another entry

template <class Self, class V>
void visit_link(V& v, Self& l) {
  v.field("name", l.name, req_text());
  v.field("bandwidth", l.bandwidth, req(dims::information_rate));
  v.enumeration("direction", l.direction, req_text());
  v.field("latency", l.latency, opt(dims::time));
  v.field("collective_latency", l.collective_latency, opt(dims::time));
  v.field("ports", l.ports, opt_count());
  v.field("nvls_efficiency", l.nvls_efficiency, Spec{{}, Bound::fraction, false, {}});
  v.field("mesh_peers", l.mesh_peers, opt_count());
}

template <class Self, class V>
void visit(V& v, Self& h) requires std::is_same_v<std::remove_const_t<Self>, HardwareNode> {
  v.field("vendor", h.vendor, req_text());
  v.field("release_year", h.release_year, Spec{{}, Bound::year, false, {}});
  v.field("form_factor", h.form_factor, opt_text());
  v.object("compute", h.compute, req_text(), [](V& w, auto& c) {
    w.field("peak_flops", c.peak_flops, req(dims::operation_rate));
    w.enumeration("default_precision", c.default_precision, req_text());
    w.precision_table("dense", c.dense, req(dims::operation_rate));
    w.precision_table("sparse", c.sparse, opt(dims::operation_rate));
    w.precision_table("measured_gemm", c.measured_gemm, opt(dims::operation_rate));
    w.precision_table("measured_attention", c.measured_attention, opt(dims::operation_rate));
    w.precision_table("measured_attention_training", c.measured_attention_training,
                      opt(dims::operation_rate));
    w.field("cores", c.cores, opt_count());
    w.field("core_kind", c.core_kind, opt_text());
    w.enumeration("gemm_schedule", c.gemm_schedule, opt_text());
  });
  v.object("memory", h.memory, req_text(), [](V& w, auto& m) {
    w.field("type", m.type, opt_text());
    w.field("capacity", m.capacity, req(dims::information));
    w.field("visible_capacity", m.visible_capacity, opt(dims::information));
    w.field("bandwidth", m.bandwidth, req(dims::information_rate));
    w.field("measured_bandwidth", m.measured_bandwidth, opt(dims::information_rate));
    w.field("sram_capacity", m.sram_capacity, opt(dims::information));
    w.field("sram_bandwidth", m.sram_bandwidth, opt(dims::information_rate));
    w.field("flash_capacity", m.flash_capacity, opt(dims::information));
    w.field("flash_bandwidth", m.flash_bandwidth, opt(dims::information_rate));
    w.field("l2_cache", m.l2_cache, opt(dims::information));
  });
  v.object("storage", h.storage, opt_text(), [](V& w, auto& s) {
    w.field("capacity", s.capacity, req(dims::information));
    w.field("bandwidth", s.bandwidth, req(dims::information_rate));
    w.field("latency", s.latency, opt(dims::time));
  });
  v.object("host_link", h.host_link, opt_text(), [](V& w, auto& l) { visit_link(w, l); });
  v.object("device_link", h.device_link, opt_text(), [](V& w, auto& l) { visit_link(w, l); });
  v.object("power", h.power, req_text(), [](V& w, auto& p) {
    w.field("tdp", p.tdp, req(dims::power));
    w.enumeration("tdp_kind", p.tdp_kind, opt_text());
    w.field("tdp_min", p.tdp_min, opt(dims::power));
    w.field("tdp_max", p.tdp_max, opt(dims::power));
    w.field("capped_limit", p.capped_limit, opt(dims::power));
    w.field("capped_throughput_ratio", p.capped_throughput_ratio,
            Spec{{}, Bound::fraction, false, {}});
  });
  v.field("battery_capacity", h.battery_capacity, opt(dims::energy));
  v.field("unit_cost", h.unit_cost, opt(dims::currency));
  v.field("embodied_carbon", h.embodied_carbon, opt(dims::mass));
  v.field("dispatch_overhead", h.dispatch_overhead, opt(dims::time, Bound::non_negative));
  v.field("accelerator_count", h.accelerator_count, opt_count());
}

template <class Self, class V>
void visit(V& v, Self& t) requires std::is_same_v<std::remove_const_t<Self>, TechEntry> {
  v.enumeration("category", t.category, req_text());
  v.field("bandwidth", t.bandwidth, opt(dims::information_rate));
  v.field("latency", t.latency, opt(dims::time));
  v.field("energy_per_access", t.energy_per_access, opt(dims::energy));
  v.field("energy_per_byte", t.energy_per_byte, opt(dims::energy_per_information));
  v.field("energy_per_op", t.energy_per_op, opt(dims::energy_per_operation));
}

template <class Self, class V>
void visit(V& v, Self& m) requires std::is_same_v<std::remove_const_t<Self>, Workload> {
  v.enumeration("architecture", m.architecture, req_text());
  v.field("release_year", m.release_year, Spec{{}, Bound::year, false, {}});
  v.field("parameters", m.parameters, req_count());
  v.field("active_parameters", m.active_parameters, opt_count());
  v.field("inference_flops", m.inference_flops, opt(dims::operation));
  v.enumeration("flops_basis", m.flops_basis, opt_text());
  v.field("reference_seq_len", m.reference_seq_len, opt_count());
  v.field("layers", m.layers, opt_count());
  v.field("hidden_dim", m.hidden_dim, opt_count());
  v.field("ffn_dim", m.ffn_dim, opt_count());
  v.enumeration("ffn_kind", m.ffn_kind, opt_text());
  v.field("heads", m.heads, opt_count());
  v.field("kv_heads", m.kv_heads, opt_count());
  v.field("head_dim", m.head_dim, opt_count());
  v.field("vocab_size", m.vocab_size, opt_count());
  v.field("max_context", m.max_context, opt_count());
  v.field("tied_embeddings", m.tied_embeddings, opt_text());
  v.field("encoder_decoder", m.encoder_decoder, opt_text());
  v.field("experts", m.experts, opt_count());
  v.field("experts_per_token", m.experts_per_token, opt_count());
  v.field("shared_experts", m.shared_experts, opt_count(Bound::non_negative));
  v.field("expert_ffn_dim", m.expert_ffn_dim, opt_count());
  v.field("dense_layers", m.dense_layers, opt_count(Bound::non_negative));
  v.field("moe_layer_step", m.moe_layer_step, opt_count());
  v.field("kv_lora_rank", m.kv_lora_rank, opt_count());
  v.field("q_lora_rank", m.q_lora_rank, opt_count());
  v.field("qk_rope_head_dim", m.qk_rope_head_dim, opt_count());
  v.field("qk_nope_head_dim", m.qk_nope_head_dim, opt_count());
  v.field("v_head_dim", m.v_head_dim, opt_count());
  v.field("fp8_weight_block", m.fp8_weight_block, opt_count());
  v.field("sliding_window", m.sliding_window, opt_count());
  v.field("attention_chunk", m.attention_chunk, opt_count());
  v.field("local_attention_layers", m.local_attention_layers, opt_count(Bound::non_negative));
  v.field("state_size", m.state_size, opt_count());
  v.field("denoising_steps", m.denoising_steps, opt_count());
  v.field("resolution", m.resolution, opt_count());
  v.field("training_tokens", m.training_tokens, opt_count());
  v.field("training_flops", m.training_flops, opt(dims::operation));
  v.field("model_size", m.model_size, opt(dims::information));
}

template <class Self, class V>
void visit(V& v, Self& n) requires std::is_same_v<std::remove_const_t<Self>, Node> {
  v.reference("accelerator", n.accelerator, EntryKind::hardware, req_text());
  v.field("accelerators_per_node", n.accelerators_per_node, req_count());
  v.object("intra_node_link", n.intra_node_link, opt_text(),
           [](V& w, auto& l) { visit_link(w, l); });
  v.field("nics_per_node", n.nics_per_node, opt_count(Bound::non_negative));
  v.field("nic_bandwidth", n.nic_bandwidth, opt(dims::information_rate));
  v.field("nccl_net_latency", n.nccl_net_latency, opt(dims::time, Bound::non_negative));
  v.field("psus_per_node", n.psus_per_node, opt_count());
  v.field("host_memory", n.host_memory, opt(dims::information));
  v.field("cpu", n.cpu, opt_text());
  v.field("system_power", n.system_power, opt(dims::power));
  v.field("unit_cost", n.unit_cost, opt(dims::currency));
}

template <class Self, class V>
void visit(V& v, Self& f) requires std::is_same_v<std::remove_const_t<Self>, NetworkFabric> {
  v.field("bandwidth", f.bandwidth, req(dims::information_rate));
  v.enumeration("direction", f.direction, req_text());
  v.field("latency", f.latency, req(dims::time));
  v.field("topology", f.topology, opt_text());
  v.field("oversubscription", f.oversubscription, Spec{{}, Bound::positive, false, {}});
  v.field("in_network_reduction", f.in_network_reduction, Spec{{}, Bound::any, false, {}});
}

template <class Self, class V>
void visit(V& v, Self& f) requires std::is_same_v<std::remove_const_t<Self>, Fleet> {
  v.reference("node", f.node, EntryKind::node, req_text());
  v.field("count", f.count, req_count());
  v.reference("fabric", f.fabric, EntryKind::fabric, req_text());
  v.reference("datacenter", f.datacenter, EntryKind::datacenter, opt_text());
  v.field("operator", f.operator_name, Spec{{}, Bound::any, false, "operator_name"});
  v.field("year", f.year, Spec{{}, Bound::year, false, {}});
}

template <class Self, class V>
void visit(V& v, Self& r) requires std::is_same_v<std::remove_const_t<Self>, Rack> {
  v.reference("node", r.node, EntryKind::node, req_text());
  v.field("nodes_per_rack", r.nodes_per_rack, req_count());
  v.field("rack_power", r.rack_power, opt(dims::power));
  v.field("cooling", r.cooling, opt_text());
}

template <class Self, class V>
void visit(V& v, Self& p) requires std::is_same_v<std::remove_const_t<Self>, Pod> {
  v.reference("accelerator", p.accelerator, EntryKind::hardware, req_text());
  v.field("chips", p.chips, req_count());
  v.field("topology", p.topology, opt_text());
  v.field("memory", p.memory, opt(dims::information));
  v.field("power", p.power, opt(dims::power));
}

template <class Self, class V>
void visit(V& v, Self& t) requires std::is_same_v<std::remove_const_t<Self>, DeploymentTier> {
  v.field("ram", t.ram, opt(dims::information));
  v.field("storage", t.storage, opt(dims::information));
  v.field("latency_budget", t.latency_budget, opt(dims::time));
  v.field("examples", t.examples, opt_text());
}

template <class Self, class V>
void visit(V& v, Self& g) requires std::is_same_v<std::remove_const_t<Self>, GridProfile> {
  v.field("country", g.country, opt_text());
  v.field("region", g.region, opt_text());
  v.field("carbon_intensity", g.carbon_intensity, req(dims::carbon_intensity, Bound::non_negative));
  v.enumeration("accounting", g.accounting, opt_text());
  v.field("data_year", g.data_year, Spec{{}, Bound::year, true, {}});
  v.field("pue", g.pue, Spec{{}, Bound::at_least_one, false, {}});
  v.field("wue", g.wue, opt(dims::water_intensity, Bound::non_negative));
  v.field("electricity_price", g.electricity_price, opt(dims::energy_price));
  v.field("renewable_share", g.renewable_share, Spec{{}, Bound::fraction, false, {}});
  v.field("primary_source", g.primary_source, opt_text());
  v.field("lat", g.lat, Spec{{}, Bound::any, false, {}});
  v.field("lon", g.lon, Spec{{}, Bound::any, false, {}});
}

template <class Self, class V>
void visit(V& v, Self& d) requires std::is_same_v<std::remove_const_t<Self>, Datacenter> {
  v.field("operator", d.operator_name, Spec{{}, Bound::any, false, "operator_name"});
  v.reference("grid", d.grid, EntryKind::grid, req_text());
  v.field("pue", d.pue, Spec{{}, Bound::at_least_one, false, {}});
  v.field("wue", d.wue, opt(dims::water_intensity, Bound::non_negative));
}

template <class Self, class V>
void visit(V& v, Self& c) requires std::is_same_v<std::remove_const_t<Self>, CoolingProfile> {
  v.field("pue", c.pue, Spec{{}, Bound::at_least_one, true, {}});
  v.field("wue", c.wue, req(dims::water_intensity, Bound::non_negative));
}

template <class Self, class V>
void visit(V& v, Self& s) requires std::is_same_v<std::remove_const_t<Self>, NetworkSwitch> {
  v.field("vendor", s.vendor, req_text());
  v.field("asic", s.asic, opt_text());
  v.field("radix", s.radix, req_count());
  v.field("port_speed", s.port_speed, req(dims::information_rate));
  v.field("capacity", s.capacity, req(dims::information_rate));
  v.enumeration("capacity_direction", s.capacity_direction, req_text());
  v.field("power", s.power, opt(dims::power));
  v.enumeration("power_kind", s.power_kind, opt_text());
  v.field("latency", s.latency, opt(dims::time));
}

template <class Self, class V>
void visit_fraction(V& v, Self& f) {
  v.field("num", f.num, req_count());
  v.field("den", f.den, req_count());
}

template <class Self, class V>
void visit(V& v, Self& p) requires std::is_same_v<std::remove_const_t<Self>, Partition> {
  v.reference("parent", p.parent, EntryKind::hardware, req_text());
  v.field("profile", p.profile, req_text());
  v.object("compute_fraction", p.compute_fraction, req_text(),
           [](V& w, auto& f) { visit_fraction(w, f); });
  v.object("memory_fraction", p.memory_fraction, req_text(),
           [](V& w, auto& f) { visit_fraction(w, f); });
  v.field("memory", p.memory, req(dims::information));
  v.field("max_instances", p.max_instances, req_count());
}

template <class Self, class V>
void visit(V& v, Self& s) requires std::is_same_v<std::remove_const_t<Self>, StorageTier> {
  v.enumeration("class", s.storage_class, Spec{{}, Bound::any, true, "storage_class"});
  v.field("provider", s.provider, opt_text());
  v.field("read_bandwidth", s.read_bandwidth, req(dims::information_rate));
  v.field("write_bandwidth", s.write_bandwidth, req(dims::information_rate));
  v.enumeration("basis", s.basis, req_text());
  v.field("capacity", s.capacity, opt(dims::information));
  v.field("latency", s.latency, opt(dims::time));
  v.field("read_request_rate", s.read_request_rate, opt(dims::frequency));
  v.field("write_request_rate", s.write_request_rate, opt(dims::frequency));
}

template <class Self, class V>
void visit(V& v, Self& f) requires std::is_same_v<std::remove_const_t<Self>, FailureStudy> {
  v.reference("accelerator", f.accelerator, EntryKind::hardware, opt_text());
  v.field("accelerators", f.accelerators, req_count());
  v.field("hosts", f.hosts, req_count());
  v.field("duration", f.duration, req(dims::time));
  v.field("unexpected_interruptions", f.unexpected_interruptions, req_count(Bound::non_negative));
  v.field("planned_interruptions", f.planned_interruptions, opt_count(Bound::non_negative));
  // One optional object per failure class of vocabulary.def: {"label": as printed, "count"}.
  v.object("interruptions", f.interruptions, req_text(), [](V& w, auto& t) {
    const auto row = [](V& x, auto& r) {
      x.field("label", r.label, req_text());
      x.field("count", r.count, req_count(Bound::non_negative));
    };
#define MLSYSIM_FAILURE_CLASS(name, scale) w.object(#name, t.name, opt_text(), row);
#include "mlsysim/vocabulary.def"
  });
}

/// One record of sources.json (its id is the record's key). The loader reads records through
/// this function and codegen writes sources.schema.json from it.
template <class Self, class V>
void visit(V& v, Self& s) requires std::is_same_v<std::remove_const_t<Self>, Source> {
  v.enumeration("kind", s.kind, req_text());
  v.field("title", s.title, req_text());
  v.field("publisher", s.publisher, opt_text());
  v.field("url", s.url, opt_text());
  v.field("notes", s.notes, opt_text());
  v.field("verified", s.verified, req_text());
  v.field("unconfirmed", s.unconfirmed, opt_text());
}

/// The folder of each kind under catalog/ (`hardware/<tier>`, `systems/nodes`...), its C++ type
/// name and the `kind` string in JSON.
struct KindInfo {
  EntryKind kind;
  std::string_view json_name;  ///< "hardware", "model", "node", ...
  std::string_view cpp_type;   ///< "::mlsysim::HardwareNode"
  std::string_view noun;       ///< "a hardware entry", used in messages
};
inline constexpr KindInfo kKinds[] = {
#define MLSYSIM_ENTRY_KIND(name, Type, noun) \
  KindInfo{EntryKind::name, #name, "::mlsysim::" #Type, noun},
#include "mlsysim/vocabulary.def"
};
[[nodiscard]] constexpr const KindInfo& kind_info(EntryKind k) {
  return kKinds[static_cast<std::size_t>(k)];
}

/// Calls `fn(std::type_identity<T>{})` with the entry type of `kind` (HardwareNode for
/// EntryKind::hardware, ...), so code that dispatches on a kind is written once.
template <class Fn, std::size_t I = 0>
decltype(auto) with_kind(EntryKind kind, Fn&& fn) {
  using Alternatives = CatalogEntry::Pointer;
  using T = std::remove_cv_t<std::remove_pointer_t<std::variant_alternative_t<I, Alternatives>>>;
  if constexpr (I + 1 < std::variant_size_v<Alternatives>) {
    if (static_cast<std::size_t>(kind) != I)
      return with_kind<Fn, I + 1>(kind, std::forward<Fn>(fn));
  }
  return fn(std::type_identity<T>{});
}

/// Calls `fn(entry)` with the typed entry behind a CatalogEntry.
template <class Fn>
decltype(auto) with_entry(const CatalogEntry& e, Fn&& fn) {
  return std::visit([&](auto* p) -> decltype(auto) { return fn(*p); }, e.pointer());
}

}  // namespace mlsysim::schema
