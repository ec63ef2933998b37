// Umbrella header: everything mlsysim offers (units, catalog entry types, registry, solvers).
#pragma once

#include "mlsysim/errors.hpp"
#include "mlsysim/units.hpp"
