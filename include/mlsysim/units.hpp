// The units layer in one include: Dimension, Unit, Quantity, the typed Boost.Units system.
#pragma once

#include "mlsysim/units/dimension.hpp"
#include "mlsysim/units/quantity.hpp"
#include "mlsysim/units/typed.hpp"
#include "mlsysim/units/unit.hpp"
