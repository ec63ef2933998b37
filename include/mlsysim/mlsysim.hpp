// Umbrella header: everything mlsysim offers (units, catalog entry types, registry, solvers).
#pragma once

#include "mlsysim/catalog/entries.hpp"
#include "mlsysim/catalog/validate.hpp"
#include "mlsysim/errors.hpp"
#include "mlsysim/registry.hpp"
#include "mlsysim/solvers.hpp"
#include "mlsysim/units.hpp"
#include "mlsysim/version.hpp"
#include "mlsysim/vocabulary.hpp"
