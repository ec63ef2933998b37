// Where a fleet runs, for its energy, carbon, water and cost: --grid or --datacenter, --pue,
// --load and --power, shared by `footprint` and `train`.
#pragma once

#include <string>

#include "mlsysim/mlsysim.hpp"
#include "output.hpp"
#include "session.hpp"

namespace CLI {
class App;
}

namespace mlsysim::cli {

struct SiteOptions {
  std::string grid;
  std::string datacenter;
  double pue = 0;  ///< PUE when the site gives none; 0 = the solver's documented default
  double load = 1.0;
  std::string power = "node";  ///< power basis: node (system power) or accelerator
  /// Embodied carbon beyond the die (docs/embodied-carbon.md): memory and server shares too.
  bool embodied_beyond_die = false;
};

/// Adds --pue to `command`.
void add_pue_option(CLI::App& command, SiteOptions& o);
/// Adds --embodied-beyond-die to `command`.
void add_embodied_option(CLI::App& command, SiteOptions& o);

/// One site for energy and carbon: a grid or a datacenter, never both; each resolves to an
/// entry of its kind in `catalog`.
void check_site(const SiteOptions& o, const Catalog& catalog);
/// --pue, when given, in [1, 10].
void check_pue(const SiteOptions& o);

/// The footprint options for running `duration` on the site.
[[nodiscard]] solvers::FootprintOptions footprint_options(const Session& s, const SiteOptions& o,
                                                          const Quantity& duration);

/// The footprint as the `footprint` record of a document; with `embodied_parts` the embodied
/// carbon's parts (die, memory, server) beside its total.
[[nodiscard]] Record footprint_record(const solvers::Footprint& f, bool embodied_parts = false);

/// The assumption line for --embodied-beyond-die: its coefficients and their source.
[[nodiscard]] std::string embodied_assumption(const solvers::FootprintOptions& o);

}  // namespace mlsysim::cli
