// All solvers: roofline, training, serving, sustainability, economics, reliability, search.
#pragma once

#include "mlsysim/solvers/collectives.hpp"
#include "mlsysim/solvers/common.hpp"
#include "mlsysim/solvers/cost.hpp"
#include "mlsysim/solvers/economics.hpp"
#include "mlsysim/solvers/fleet_roofline.hpp"
#include "mlsysim/solvers/formulas.hpp"
#include "mlsysim/solvers/gemm.hpp"
#include "mlsysim/solvers/reliability.hpp"
#include "mlsysim/solvers/roofline.hpp"
#include "mlsysim/solvers/search.hpp"
#include "mlsysim/solvers/sensitivity.hpp"
#include "mlsysim/solvers/serving.hpp"
#include "mlsysim/solvers/serving_sim.hpp"
#include "mlsysim/solvers/sustainability.hpp"
#include "mlsysim/solvers/synthesis.hpp"
#include "mlsysim/solvers/training.hpp"
