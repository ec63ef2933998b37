#include "checks.hpp"

#include <fmt/format.h>

#include <cmath>

#include "mlsysim/mlsysim.hpp"

namespace mlsysim::cli {

void check_range(const char* flag, std::int64_t v, std::int64_t lo, std::int64_t hi) {
  if (v < lo || v > hi) {
    throw InvalidArgumentError(flag, fmt::format("must be in [{}, {}], got {}", lo, hi, v));
  }
}

namespace {

void finite_in_range(const char* flag, double v, double lo, double hi, bool lo_open) {
  if (!std::isfinite(v) || v < lo || (lo_open && v == lo) || v > hi) {
    throw InvalidArgumentError(flag, fmt::format("must be a number in {}{:g}, {:g}], got {:.6g}",
                                                 lo_open ? "(" : "[", lo, hi, v));
  }
}

void check_plot_output(const Options& o) {
  const auto& p = o.output;
  const bool svg = p.size() > 4 && p.substr(p.size() - 4) == ".svg";
  const bool png = p.size() > 4 && p.substr(p.size() - 4) == ".png";
  if (!svg && !png) {
    throw InvalidArgumentError("--output", "'" + p + "' must end in .svg or .png");
  }
}

// One site for energy and carbon: a grid or a datacenter, never both; each resolves to its kind.
void check_site(const Options& o, const Catalog& c) {
  if (!o.grid.empty() && !o.datacenter.empty()) {
    throw InvalidArgumentError("--grid",
                               "give --grid or --datacenter, not both (a datacenter has its grid)");
  }
  if (!o.grid.empty()) (void)c.get<GridProfile>(o.grid);
  if (!o.datacenter.empty()) (void)c.get<Datacenter>(o.datacenter);
}

void check_training(Options& o, const Catalog& c, std::vector<std::string>& notes, bool is_train) {
  check_range("--seq-len", o.seq_len, 1, kMaxTokens);
  check_range("--global-batch", o.global_batch, 1, kMaxGlobalBatch);
  if (!(o.token_budget >= 0) || o.token_budget > kMaxTokenBudget) {
    throw InvalidArgumentError(
        "--tokens", fmt::format("the token budget must be a number in (0, {:g}], got {:.6g}",
                                kMaxTokenBudget, o.token_budget));
  }
  if (!is_train) {
    if (!o.grid.empty() || !o.datacenter.empty()) {
      throw InvalidArgumentError(
          o.grid.empty() ? "--datacenter" : "--grid",
          "plan ranks configurations and computes no footprint: drop it, then run train with "
          "the chosen configuration and --tokens");
    }
    return;
  }
  if ((!o.grid.empty() || !o.datacenter.empty()) && o.token_budget <= 0) {
    throw InvalidArgumentError(o.grid.empty() ? "--datacenter" : "--grid",
                               "the footprint is for the whole run: give --tokens (the token "
                               "budget) as well");
  }
  check_site(o, c);
  for (auto [flag, v] : {std::pair{"--tp", o.tp}, std::pair{"--pp", o.pp}, std::pair{"--ep", o.ep},
                         std::pair{"--interleave", o.interleave}}) {
    check_range(flag, v, 1, kMaxDegree);
  }
  if (o.dp != 0) check_range("--dp", o.dp, 1, kMaxDegree);
  check_range("--microbatch", o.microbatch, 1, kMaxBatch);
  // The default global batch (1024) must be a multiple of dp x microbatch; when it is not and
  // the user did not choose one, take the smallest multiple at or above 1024 and say so.
  if (!o.global_batch_given) {
    const auto& fleet = c.get<Fleet>(o.fleet);
    const std::int64_t n = fleet.total_accelerators();
    const std::int64_t dp = o.dp > 0 ? o.dp : (n % (o.tp * o.pp) == 0 ? n / (o.tp * o.pp) : 0);
    if (dp > 0) {
      const std::int64_t step = dp * o.microbatch;
      if (o.global_batch % step != 0) {
        const std::int64_t chosen = ((o.global_batch + step - 1) / step) * step;
        if (chosen <= kMaxGlobalBatch) {
          notes.push_back(fmt::format(
              "assumed global batch {} sequences: the default 1024 is not a multiple of dp x "
              "microbatch = {} x {} (give --global-batch to choose)",
              chosen, dp, o.microbatch));
          o.global_batch = chosen;
        }
      }
    }
  }
}

}  // namespace

std::vector<std::string> check_options(const std::string& command, Options& o, const Catalog& c) {
  std::vector<std::string> notes;
  if (command == "eval" || command == "plot-roofline") {
    if (o.batch != 0) check_range("--batch", o.batch, 1, kMaxBatch);
    check_range("--seq-len", o.tokens, 1, kMaxTokens);
    check_range("--context", o.context, 0, kMaxTokens);
  }
  if (command == "train" || command == "plan") check_training(o, c, notes, command == "train");
  if (command == "footprint" || command == "plot-grids") {
    finite_in_range("--days", o.days, 0, kMaxDays, true);
  }
  if ((command == "footprint" || command == "train") && o.pue != 0) {
    finite_in_range("--pue", o.pue, 1, 10, false);
  }
  if (command == "footprint") {
    finite_in_range("--load", o.load, 0, 1, true);
    check_site(o, c);
    if (!o.price.empty()) {
      const Quantity price = Quantity::parse(o.price);
      if (price.dimension() != dims::energy_price) {
        throw InvalidArgumentError("--price", "'" + o.price + "' has dimension " +
                                                  price.dimension().str() +
                                                  ", expected a price per energy (e.g. '0.08 "
                                                  "USD/kWh')");
      }
      if (!(price.base_value() > 0)) {
        throw InvalidArgumentError("--price", "must be positive, got '" + o.price + "'");
      }
    }
  }
  if (command == "plot-roofline" || command == "plot-grids") {
    check_plot_output(o);
    for (const auto* list : {&o.models, &o.grids}) {
      for (const auto& name : *list) {
        if (name.empty()) {
          throw InvalidArgumentError(list == &o.models ? "--models" : "--grids",
                                     "empty name in the comma-separated list");
        }
      }
    }
  }
  return notes;
}

}  // namespace mlsysim::cli
