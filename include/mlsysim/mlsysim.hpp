// Umbrella header: everything mlsysim offers (units, catalog entry types, registry, solvers).
// Two opt-in headers stay out of it for compile time (docs/performance.md): the typed
// Boost.Units layer "mlsysim/units/typed.hpp" and the fmt formatter "mlsysim/units/format.hpp";
// "mlsysim/units.hpp" includes both.
#pragma once

#include "mlsysim/fwd.hpp"  // first: the definitions below check its declarations
//
#include "mlsysim/catalog/entries.hpp"
#include "mlsysim/catalog/validate.hpp"
#include "mlsysim/errors.hpp"
#include "mlsysim/registry.hpp"
#include "mlsysim/solvers.hpp"
#include "mlsysim/units/checked.hpp"
#include "mlsysim/units/dimension.hpp"
#include "mlsysim/units/quantity.hpp"
#include "mlsysim/units/unit.hpp"
#include "mlsysim/version.hpp"
#include "mlsysim/vocabulary.hpp"
