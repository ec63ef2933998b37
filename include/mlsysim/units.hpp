// The units layer in one include: Dimension, Unit, Quantity, the typed Boost.Units system, the
// fmt formatter for Quantity, checked count arithmetic.
#pragma once

#include "mlsysim/units/checked.hpp"
#include "mlsysim/units/dimension.hpp"
#include "mlsysim/units/format.hpp"
#include "mlsysim/units/quantity.hpp"
#include "mlsysim/units/typed.hpp"
#include "mlsysim/units/unit.hpp"
